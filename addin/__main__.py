"""``python -m addin``: the same command line as ``handmade-relist``."""

import sys

from addin.cli import main

sys.exit(main())
