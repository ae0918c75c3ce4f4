"""What IMAP and SMTP share: how a server is reached (:mod:`.endpoints`), TLS (:mod:`.tls`), the
errors a mail server causes (:mod:`.errors`), the IMAP connection (:mod:`.imap`) and the Sent folder
(:mod:`.sent`). The sync and the outbox both build on it; it imports neither, nor the store."""
