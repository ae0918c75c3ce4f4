"""Keeping the store in step with IMAP: connection, parsing, filing into tickets."""
