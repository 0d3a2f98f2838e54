"""The attribution coverage check for newsroom CI (`quotes check`)."""
