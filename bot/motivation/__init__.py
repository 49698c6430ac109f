"""Motivation: check-ins, signals, a transparent score, escalations and crisis safety."""
