"""The resolution gate and, later, actions, authority and the outbox."""
