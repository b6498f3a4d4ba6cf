"""Synchronisation with head office: arrives with the sync issue."""
