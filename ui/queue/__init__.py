"""The queue: sidebar of views, the ticket table, the conversation preview."""
