#!/bin/sh
# Polku's action server against a real Rasa Open Source 3.6 (see README.md beside this).
# Not part of `make test`. Needs a Rasa 3.6 install (RASA=path/to/bin/rasa) and Polku's venv.
set -eu
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-.venv/bin/python}"
exec "$PYTHON" -m tests.rasa_real.check --rasa "${RASA:-/work/rasa-venv/bin/rasa}" "$@"
