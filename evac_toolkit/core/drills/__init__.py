"""Evacuation drills: scenario role cards for trainers, kept apart from real shelter data."""
