"""``python -m bot`` is the ``polku`` command."""

import sys

from bot.cli import main

sys.exit(main())
