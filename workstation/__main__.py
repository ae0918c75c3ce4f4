import gc
import sys

from workstation.cli import main

# Every command is a batch job. What is imported by now lives as long as the process: frozen, neither the
# collector nor the interpreter's exit walks it again (0.1 s off each command's exit). A sync keeps a batch's
# tens of thousands of objects alive for a while: at the default pace (a collection every 700 allocations)
# the collector walked them over and over, 0.7 s of a 20k-message sync's 8 s; every 20,000, 0.2 s.
gc.freeze()
gc.set_threshold(20_000, 10, 10)
sys.exit(main())
