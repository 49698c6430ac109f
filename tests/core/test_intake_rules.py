"""The centre's rules: eligibility and the proposed path, with their reasons."""

from __future__ import annotations

import itertools

import pytest

from bot.intake.rules import (
    CEFR,
    REASON_SUPPORTS,
    Path,
    at_least,
    band,
    eligibility,
    propose_path,
)

AREA = ("Espoo", "Kauniainen")
OK = {"birth_year": 1990, "residence_permit": "yes", "job_seeker": "yes", "municipality": "Espoo"}


def test_eligible_learner():
    result = eligibility(OK, this_year=2026, municipalities=AREA)
    assert result.eligible and result.reasons == ()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"birth_year": 2009}, "eligibility-too-young"),
        ({"residence_permit": "no"}, "eligibility-no-permit"),
        ({"job_seeker": "no"}, "eligibility-not-job-seeker"),
        ({"municipality": "elsewhere"}, "eligibility-outside-area"),
        ({"municipality": "Helsinki"}, "eligibility-outside-area"),
    ],
)
def test_each_condition_has_its_reason(change: dict[str, object], reason: str):
    result = eligibility({**OK, **change}, this_year=2026, municipalities=AREA)
    assert not result.eligible and result.reasons == (reason,)


@pytest.mark.parametrize(
    ("answers", "reasons"),
    [
        ({}, ()),
        ({"birth_year": 1990}, ()),
        ({"birth_year": 2012}, ("eligibility-too-young",)),
        ({"birth_year": 1990, "municipality": "elsewhere"}, ("eligibility-outside-area",)),
        ({"birth_year": 1990, "municipality": "Espoo", "residence_permit": "no"},
         ("eligibility-no-permit",)),
    ],
)  # fmt: skip
def test_only_the_answers_given_so_far_are_judged(
    answers: dict[str, object], reasons: tuple[str, ...]
):
    # The intake checks after each deciding question: a missing answer is no reason.
    assert eligibility(answers, this_year=2026, municipalities=AREA).reasons == reasons


def test_borderline_and_unsure_answers_stay_eligible():
    # 18 this year; permit applied for; "not sure" about registration: the counsellor checks.
    answers = {**OK, "birth_year": 2008, "residence_permit": "in_process", "job_seeker": "not_sure"}
    assert eligibility(answers, this_year=2026, municipalities=AREA).eligible
    assert eligibility(
        {**OK, "municipality": "kauniainen"}, this_year=2026, municipalities=AREA
    ).eligible


def test_levels_map_to_cefr():
    assert band("a_little") == "A1" and band("fluent") == "C1" and band(None) == "0"
    assert at_least("good", "B1") and not at_least("basics", "B1")


@pytest.mark.parametrize(
    ("answers", "path", "reasons"),
    [
        ({"goal": "study_first"}, Path.EDUCATION_FIRST, ("path-reason-goal-study",)),
        (
            {"goal": "work_soon", "finnish_level": "basics"},
            Path.WORK_FIRST,
            ("path-reason-goal-work", "path-reason-language"),
        ),
        (
            {"goal": "work_soon", "english_level": "good"},
            Path.WORK_FIRST,
            ("path-reason-goal-work", "path-reason-language"),
        ),
        (
            {"goal": "work_soon", "english_level": "basics"},
            Path.EDUCATION_FIRST,
            ("path-reason-language-first", "path-reason-work-after"),
        ),
        (
            {"goal": "not_sure", "education": "vocational", "swedish_level": "good"},
            Path.WORK_FIRST,
            ("path-reason-skills", "path-reason-language"),
        ),
        (
            {"goal": "not_sure", "work_years": 3, "finnish_level": "basics"},
            Path.WORK_FIRST,
            ("path-reason-skills", "path-reason-language"),
        ),
        (
            {"goal": "not_sure", "work_years": 10},
            Path.EDUCATION_FIRST,
            ("path-reason-language-first",),
        ),
        (
            {"goal": "not_sure", "education": "basic", "finnish_level": "good"},
            Path.EDUCATION_FIRST,
            ("path-reason-training",),
        ),
    ],
)
def test_path_rules(answers: dict[str, object], path: Path, reasons: tuple[str, ...]):
    proposal = propose_path(answers)
    assert (proposal.path, proposal.reasons) == (path, reasons)


def test_no_proposal_gives_a_reason_for_the_other_path():
    # Every combination of the answers the rules read.
    levels = [None, *CEFR]
    for goal, education, years, finnish, swedish, english in itertools.product(
        ["work_soon", "study_first", "not_sure"],
        [None, "none", "basic", "secondary", "vocational", "university"],
        [None, 0, 3],
        levels,
        [None, "good"],
        levels,
    ):
        answers = {
            "goal": goal,
            "education": education,
            "work_years": years,
            "finnish_level": finnish,
            "swedish_level": swedish,
            "english_level": english,
        }
        proposal = propose_path(answers)
        assert proposal.reasons, answers
        for reason in proposal.reasons:
            assert REASON_SUPPORTS[reason] is proposal.path, (answers, reason)
