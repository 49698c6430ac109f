"""Benchmarks of Polku that print figures: ``python -m tests.bench`` (not part of pytest).

Layout:

* :mod:`tests.bench.__main__` - the command line and the report;
* :mod:`tests.bench.sandbox_process` - the fake Telegram (a sandbox server) and the
  simulated people, run in a child process so that the bot under test has its own core;
* :mod:`tests.bench.remote` - the bench process's handle on that child;
* :mod:`tests.bench.scenarios` - the bots under test (Polku, a bare echo bot) and the
  load, outbox and resource measurements;
* :mod:`tests.bench.figures` - percentiles, rates and formatting;
* :mod:`tests.bench.databases` - fresh databases for the benchmarks that start real
  ``polku run --webhook`` processes (:mod:`tests.bench.workers`, :mod:`tests.bench.startup`;
  ``tests/processes.py`` starts them, and nginx, and reads /proc).

Each of the other modules (reminders, campaigns, campaign_live, ...) is a benchmark of its
own, run with ``python -m``; ``make bench`` runs them all.
"""
