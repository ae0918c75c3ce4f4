import gc
import sys

gc.disable()  # until the imports are done and frozen (below): they make objects that live as long as the process

from workstation.sync.head_start import HeadStart  # noqa: E402

# A sync starts logging in now, while the imports below take their 0.4-0.6 s (see head_start).
head_start = HeadStart.for_command(sys.argv[1:])

from workstation.cli import main  # noqa: E402

# Every command is a batch job. What is imported by now lives as long as the process: frozen, neither the
# collector nor the interpreter's exit walks it again (0.1 s off each command's exit). A sync keeps a batch's
# tens of thousands of objects alive for a while: at the default pace (a collection every 700 allocations)
# the collector walked them over and over, 0.7 s of a 20k-message sync's 8 s; every 20,000, 0.2 s.
gc.freeze()
gc.set_threshold(20_000, 10, 10)
gc.enable()
try:
    code = main(head_start=head_start)
finally:
    if head_start is not None:
        head_start.close()
sys.exit(code)
