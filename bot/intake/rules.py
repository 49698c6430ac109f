"""The centre's rules, in one place: who is eligible, and which path to propose.

Transparent on purpose: each decision comes with the reasons (message keys) that the
learner and the counsellor see.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

# Self-rated language skill, as the learner chose it, mapped to a CEFR band.
CEFR = {
    "none": "0",
    "a_little": "A1",
    "basics": "A2",
    "good": "B1",
    "very_good": "B2",
    "fluent": "C1",
}
_BAND_ORDER = ["0", "A1", "A2", "B1", "B2", "C1"]

MIN_AGE = 18  # "any migrant over the age of 17"

# The reasons eligibility gives (message keys; the counsellor's are "notice-" + these).
ELIGIBILITY_REASONS = (
    "eligibility-too-young",
    "eligibility-no-permit",
    "eligibility-not-job-seeker",
    "eligibility-outside-area",
)


class Path(StrEnum):
    """The two paths of the centre."""

    WORK_FIRST = "work_first"
    EDUCATION_FIRST = "education_first"


@dataclass(frozen=True)
class Eligibility:
    """Whether the learner fits the centre's target group, and why not."""

    eligible: bool
    reasons: tuple[str, ...]


# The path each reason argues for: a proposal never gives a reason for the other path.
REASON_SUPPORTS = {
    "path-reason-goal-study": Path.EDUCATION_FIRST,
    "path-reason-goal-work": Path.WORK_FIRST,
    "path-reason-language": Path.WORK_FIRST,
    "path-reason-skills": Path.WORK_FIRST,
    "path-reason-language-first": Path.EDUCATION_FIRST,
    "path-reason-work-after": Path.EDUCATION_FIRST,
    "path-reason-training": Path.EDUCATION_FIRST,
}


@dataclass(frozen=True)
class Proposal:
    """A proposed path with its reasons (message keys)."""

    path: Path
    reasons: tuple[str, ...]


def band(level: str | None) -> str:
    """The CEFR band of a self-rated level ("0" when unknown)."""
    return CEFR.get(level or "none", "0")


def at_least(level: str | None, wanted: str) -> bool:
    """Whether a self-rated level reaches the CEFR band ``wanted``."""
    return _BAND_ORDER.index(band(level)) >= _BAND_ORDER.index(wanted)


def eligibility(
    answers: Mapping[str, Any], *, this_year: int, municipalities: Iterable[str]
) -> Eligibility:
    """The centre's rule: over 17, unemployed, a residence permit, living in the area.

    Only the answers given so far are judged: the intake checks after each question that
    decides, so that nobody answers a dozen more questions before hearing "no".
    """
    reasons: list[str] = []
    birth_year = answers.get("birth_year")
    # Only the year is asked: someone who turns 18 this year counts as 18, and the
    # counsellor checks the date at the first meeting.
    if isinstance(birth_year, int) and this_year - birth_year < MIN_AGE:
        reasons.append("eligibility-too-young")
    if answers.get("residence_permit") == "no":
        reasons.append("eligibility-no-permit")
    if answers.get("job_seeker") == "no":
        reasons.append("eligibility-not-job-seeker")
    area = {m.casefold() for m in municipalities}
    municipality = answers.get("municipality")
    if municipality is not None and str(municipality).casefold() not in area:
        reasons.append("eligibility-outside-area")
    return Eligibility(not reasons, tuple(reasons))


def propose_path(answers: Mapping[str, Any]) -> Proposal:
    """Work first, or education first, by these rules in this order.

    1. The learner's own goal decides when it is clear ("work soon" or "study first"),
       except that "work soon" without any working language (Finnish or Swedish at A2,
       or English at B1) becomes education first: language comes first.
       Its reasons say so: language first, and work after it.
    2. "Not sure": work first for someone with a vocational or university education or at
       least three years of work, and a working language; otherwise education first.
    """
    goal = answers.get("goal")
    working_language = (
        at_least(answers.get("finnish_level"), "A2")
        or at_least(answers.get("swedish_level"), "A2")
        or at_least(answers.get("english_level"), "B1")
    )
    skilled = (
        answers.get("education") in ("vocational", "university")
        or int(answers.get("work_years") or 0) >= 3
    )
    if goal == "study_first":
        return Proposal(Path.EDUCATION_FIRST, ("path-reason-goal-study",))
    if goal == "work_soon":
        if working_language:
            return Proposal(Path.WORK_FIRST, ("path-reason-goal-work", "path-reason-language"))
        # The wish to work is honoured as the path's aim, not given as its reason.
        return Proposal(
            Path.EDUCATION_FIRST, ("path-reason-language-first", "path-reason-work-after")
        )
    if skilled and working_language:
        return Proposal(Path.WORK_FIRST, ("path-reason-skills", "path-reason-language"))
    if not working_language:
        return Proposal(Path.EDUCATION_FIRST, ("path-reason-language-first",))
    return Proposal(Path.EDUCATION_FIRST, ("path-reason-training",))
