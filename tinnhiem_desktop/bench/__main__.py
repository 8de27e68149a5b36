"""``python -m tinnhiem_desktop.bench``: every figure, a table, then one JSON line."""

import sys

from tinnhiem_desktop.bench.figures import main

sys.exit(main())
