"""The python-telegram-bot adapter: updates in, replies out. The core never imports this."""

import os

# Opt in to python-telegram-bot's coming behaviour (time periods as timedelta). Without it
# the library warns on every RetryAfter it builds, and our tests treat warnings as errors.
os.environ.setdefault("PTB_TIMEDELTA", "true")
