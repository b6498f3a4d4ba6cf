"""Head-office service: arrives with the sync issue."""
