"""The dialogue engine: flows are data (``dialogues/*.yml``), the engine interprets them."""
