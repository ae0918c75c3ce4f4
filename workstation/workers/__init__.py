"""The window's worker processes and what they share with it: the event protocol (:mod:`.protocol`)
and the command line's argument parser (:mod:`.arguments`)."""

from workstation.workers.protocol import (
    EVENTS,
    Decoder,
    Event,
    Failed,
    FlushFinished,
    Progress,
    ProtocolError,
    SyncFinished,
    WorkerFailed,
    decode,
    encode,
    write,
)

__all__ = ["EVENTS", "Decoder", "Event", "Failed", "FlushFinished", "Progress", "ProtocolError", "SyncFinished",
           "WorkerFailed", "decode", "encode", "write"]
