"""The domain's small error tree: structured fields and a message key, never UI text."""

from __future__ import annotations


class PolkuError(Exception):
    """Something the person can be told about, in their language, by ``key``."""

    key = "error-generic"

    def __init__(self, detail: str = "", **fields: str | int) -> None:
        super().__init__(detail or self.__class__.__name__)
        self.fields = fields


class NotRegistered(PolkuError):
    """The person has not joined through an invite."""

    key = "start-no-invite"


class NotAllowed(PolkuError):
    """The person's role does not allow this action."""

    key = "error-not-allowed"


class StaleButton(PolkuError):
    """A button press whose data is unknown, forged or no longer valid."""

    key = "error-stale-button"
