"""The bot: settings, application wiring, scheduler jobs and the command line."""

import os

# python-telegram-bot's durations (RetryAfter.retry_after, ...) as timedelta, its coming
# default; without it, each flood-control error warns that the type will change.
os.environ.setdefault("PTB_TIMEDELTA", "1")
