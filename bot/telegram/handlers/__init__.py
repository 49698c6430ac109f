"""Thin handlers: parse the update, call the core, render the answer."""
