"""PyInstaller entry point: the same dispatch as ``python -m tinnhiem_desktop``."""

import sys

from tinnhiem_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
