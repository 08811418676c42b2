"""The Drills section: evacuation drills with simulated foreign evacuees."""
