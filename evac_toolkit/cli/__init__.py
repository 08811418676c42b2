"""The command line: the same core the GUI drives, for scripts, CI and headless machines."""
