"""Speed benchmarks (`make bench`): they print figures; tests never assert wall-clock times."""
