"""The Headquarters section: the city's shelters from their reports (issue 20)."""
