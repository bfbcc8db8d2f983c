"""``python -m bot``: the same program as ``cryptobot``."""

import sys

from bot.cli import main

sys.exit(main())
