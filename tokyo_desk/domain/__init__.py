"""Pure-Python model of the Tokyo Rules: catalogues, events, case state and validation."""
