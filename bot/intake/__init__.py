"""The intake: consent, questions, eligibility and a proposed path."""
