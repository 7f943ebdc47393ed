"""Errors a user can cause. Each carries a Dutch sentence that says what to do."""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is meant for the user, in their language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """Input that does not meet a rule; ``field`` names the offending input."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class StaleRecordError(UserError):
    """A save based on a copy that someone else changed in the meantime."""


class NotFoundError(UserError):
    """A record the user asked for does not exist (any more)."""
