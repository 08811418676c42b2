"""Run every benchmark and print its figures."""

from benchmarks import fingerboards, registry, signs, startup, translation

if __name__ == "__main__":
    startup.main()
    signs.main()
    fingerboards.main()
    registry.main()
    translation.main()
