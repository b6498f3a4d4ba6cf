"""Tokyo Desk: offline case records for community-supervision officers (UN Tokyo Rules)."""

__version__ = "0.1.0"
