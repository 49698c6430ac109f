"""Importing plan steps for many learners at once from a CSV file, with a dry run."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, time

from bot.plan.book import NewStep, PlanBook
from store.db import transaction
from store.models import Role
from store.people import PeopleRepository

COLUMNS = ("learner_id", "type", "due_date", "due_time", "place", "note")
MAX_TEXT = 200


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    accepted: list[tuple[int, int, NewStep]] = field(default_factory=list)  # line, learner, step
    rejected: list[tuple[int, str]] = field(default_factory=list)  # line, reason

    def lines(self, dry_run: bool) -> list[str]:
        """A human report, one line per rejected row, then the totals."""
        out = [f"line {line}: rejected: {reason}" for line, reason in self.rejected]
        verb = "would add" if dry_run else "added"
        out.append(f"{verb} {len(self.accepted)} steps; rejected {len(self.rejected)} rows")
        return out


def _parse_row(row: dict[str, str], types: tuple[str, ...]) -> tuple[int, NewStep]:
    try:
        learner_id = int((row.get("learner_id") or "").strip())
    except ValueError:
        raise ValueError("learner_id must be a number") from None
    step_type = (row.get("type") or "").strip()
    if step_type not in types:
        raise ValueError(f"unknown type {step_type!r} (known: {', '.join(types)})")
    due = at = None
    if raw := (row.get("due_date") or "").strip():
        try:
            due = date.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"due_date {raw!r} is not YYYY-MM-DD") from None
    if raw := (row.get("due_time") or "").strip():
        if due is None:
            raise ValueError("due_time without due_date")
        try:
            at = time.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"due_time {raw!r} is not HH:MM") from None
    place = (row.get("place") or "").strip() or None
    note = (row.get("note") or "").strip() or None
    for name, value in (("place", place), ("note", note)):
        if value is not None and len(value) > MAX_TEXT:
            raise ValueError(f"{name} is longer than {MAX_TEXT} characters")
    return learner_id, NewStep(step_type, due, at, note, place)


async def import_steps(book: PlanBook, text: str, *, dry_run: bool) -> ImportReport:
    """Check every row; unless ``dry_run``, add the good ones in one transaction.

    Rows are checked against the store too: the learner must exist and be a learner.
    """
    report = ImportReport()
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("learner_id", "type") if c not in (reader.fieldnames or [])]
    if missing:
        report.rejected.append((1, f"the header lacks {', '.join(missing)}"))
        return report
    parsed: list[tuple[int, int, NewStep]] = []
    for index, row in enumerate(reader, start=2):
        try:
            learner_id, step = _parse_row(row, book.config.step_types)
        except ValueError as exc:
            report.rejected.append((index, str(exc)))
            continue
        parsed.append((index, learner_id, step))
    async with transaction(book.sessions) as session:
        people = PeopleRepository(session)
        for line, learner_id, step in parsed:
            learner = await people.get(learner_id)
            if learner is None or learner.role is not Role.LEARNER:
                report.rejected.append((line, f"no learner with id {learner_id}"))
                continue
            report.accepted.append((line, learner_id, step))
            if not dry_run:
                await book.add(session, learner, step, None)
        if dry_run:
            await session.rollback()
    report.rejected.sort()
    return report
