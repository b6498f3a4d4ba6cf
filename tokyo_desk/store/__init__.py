"""Encrypted local storage: key file, SQLCipher connection, event log, projections, audit."""
