"""The Settings section: interface language, languages and content, packs, fonts."""
