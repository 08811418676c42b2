def main(): raise SystemExit(0)
