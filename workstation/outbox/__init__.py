"""The outbox: replies written before any network traffic, then sent exactly once."""
