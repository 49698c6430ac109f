"""Polku: a Telegram assistant for adult migrant learners at a vocational skills centre."""
