"""When plan reminders go: the learner's wall clock, quiet hours, daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.plan.config import ReminderRule, load_plan_config
from bot.plan.reminders import plan_reminders

HKI = ZoneInfo("Europe/Helsinki")
NIGHT = (time(20, 0), time(8, 0))
RULE = ReminderRule(days_before=(3, 1), morning=time(9, 0), on_the_day=True, overdue_nudge=True)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=HKI).astimezone(UTC)


def shown(planned) -> list[tuple[str, str]]:
    return [(p.kind, p.at.astimezone(HKI).strftime("%d.%m %H:%M")) for p in planned]


def test_a_dated_step_gets_three_reminders_and_one_overdue_nudge():
    due = local(2026, 12, 10, 0, 0)  # a date without a time: local midnight
    planned = plan_reminders(due, False, "Europe/Helsinki", RULE, NIGHT, local(2026, 12, 1, 12, 0))
    assert shown(planned) == [
        ("before-3", "07.12 09:00"),
        ("before-1", "09.12 09:00"),
        ("day", "10.12 09:00"),
        ("overdue", "11.12 09:00"),
    ]
    # "In 3 days" is true on its own day only; each reminder is relevant until the next
    # one is due; one on the day is pointless once the day is over.
    assert planned[0].expires_at == local(2026, 12, 8, 0, 0)
    assert planned[1].expires_at == local(2026, 12, 10, 0, 0)
    assert planned[2].expires_at == local(2026, 12, 11, 0, 0)
    assert planned[3].expires_at == local(2026, 12, 14, 9, 0)


def test_a_step_with_an_early_time_is_reminded_an_hour_before_it():
    due = local(2026, 12, 10, 8, 30)
    planned = plan_reminders(due, True, "Europe/Helsinki", RULE, NIGHT, local(2026, 12, 1, 12, 0))
    assert ("day", "10.12 08:00") in shown(planned)  # 07:30 is quiet: at the end of it
    assert all(p.expires_at <= due for p in planned if p.kind != "overdue")
    assert [p.expires_at for p in planned if p.kind == "day"] == [due]


def test_reminders_already_past_are_not_planned():
    due = local(2026, 12, 10, 0, 0)
    planned = plan_reminders(due, False, "Europe/Helsinki", RULE, NIGHT, local(2026, 12, 9, 10, 0))
    assert [p.kind for p in planned] == ["day", "overdue"]


def test_quiet_hours_push_an_early_morning_reminder_to_their_end():
    early = ReminderRule(
        days_before=(1,), morning=time(6, 30), on_the_day=False, overdue_nudge=False
    )
    planned = plan_reminders(
        local(2026, 12, 10, 0, 0), False, "Europe/Helsinki", early, NIGHT, local(2026, 12, 1, 12, 0)
    )
    assert shown(planned) == [("before-1", "09.12 08:00")]


def test_autumn_and_spring_daylight_saving_changes_neither_shift_nor_drop_nor_double():
    # 25 October 2026: 04:00 EEST becomes 03:00 EET; 29 March 2026: 03:00 EET becomes 04:00.
    for due, now in (
        (local(2026, 10, 26, 0, 0), local(2026, 10, 20, 12, 0)),
        (local(2026, 3, 30, 0, 0), local(2026, 3, 24, 12, 0)),
    ):
        planned = plan_reminders(due, False, "Europe/Helsinki", RULE, NIGHT, now)
        assert [when for _, when in shown(planned)] == [
            (due.astimezone(HKI) + timedelta(days=d)).strftime("%d.%m 09:00")
            for d in (-3, -1, 0, 1)
        ]
        assert len({p.at for p in planned}) == 4


def test_every_step_type_has_a_rule():
    config = load_plan_config()
    assert config.rule("document").days_before == (1,)
    assert config.rule("vocational_application").days_before == (7, 3, 1)
    assert set(config.starter_plans) == {"work_first", "education_first"}
