"""Team mode: several desks on one PostgreSQL store.

Everything here is a no-op or a refusal on SQLite, where the desk has one owner: ``conflicts`` lets two
writers of the same rows (two syncs of one inbox) meet without an error, ``synclock`` keeps one syncer an
inbox, ``identity`` maps database roles to agents.
"""
