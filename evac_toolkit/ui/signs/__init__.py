"""The Signs section: multilingual signs and notices to print."""
