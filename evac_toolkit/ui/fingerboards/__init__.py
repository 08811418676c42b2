"""The Fingerboards section: pointing boards for face-to-face talk."""
