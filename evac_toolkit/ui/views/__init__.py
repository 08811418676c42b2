"""One module per navigation section."""
