"""A city's shelters and its headquarters: the city key, a shelter's identity, the counts-only
status report a shelter carries to headquarters on a USB stick, and headquarters' database of
those reports (issue 20). Names stay on the shelter's laptop; only counts travel."""
