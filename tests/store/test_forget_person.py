"""What the outbox keeps of a learner after /forget: nothing personal."""

from __future__ import annotations

from sqlalchemy import select

from bot.clock import FrozenClock
from bot.replies import Lines, Phrase, Reply
from store.db import transaction
from store.dialogues import DialogueRepository
from store.models import DialogueState, OutboxMessage, OutboxStatus, Role
from store.outbox import BLANK, DIGEST, NewOutboxRow, OutboxRepository
from tests.factories import Sessions, add_person


def _digest(*names: str) -> dict[str, object]:
    lines = Lines(tuple(Phrase("notice-step-done-line", {"name": n}) for n in names))
    return {"reply": Reply("notice-steps-done", {"lines": lines}).to_json()}


async def test_forget_person_erases_their_rows_and_their_lines(
    sessions: Sessions, clock: FrozenClock
):
    counsellor = await add_person(sessions, clock, 1, Role.COUNSELLOR)
    gone = await add_person(sessions, clock, 2)
    stays = await add_person(sessions, clock, 3)
    now = clock.now()

    def row(key: str, to: int, status: OutboxStatus, **kw: object) -> NewOutboxRow:
        fields: dict[str, object] = {"kind": "notice", "payload": {"name": "Zubeyda"}, **kw}
        return NewOutboxRow(
            key=key,
            chat_id=to,
            person_id=to,
            not_before=now,
            created_at=now,
            status=status,
            **fields,  # type: ignore[arg-type]
        )

    async with transaction(sessions) as session:
        await OutboxRepository(session).enqueue(
            [
                row("own-pending", gone.id, OutboxStatus.PENDING),
                row("own-sent", gone.id, OutboxStatus.SENT),
                row("about-pending", counsellor.id, OutboxStatus.PENDING, subject_id=gone.id),
                row("about-sent", counsellor.id, OutboxStatus.SENT, subject_id=gone.id),
                row("about-doubt", counsellor.id, OutboxStatus.IN_DOUBT, subject_id=gone.id),
                row("other", counsellor.id, OutboxStatus.PENDING, subject_id=stays.id),
                row(
                    "digest-pending",
                    counsellor.id,
                    OutboxStatus.PENDING,
                    kind=DIGEST,
                    payload={**_digest("Zubeyda", "Bashir"), "about": [gone.id, stays.id]},
                ),
                row(
                    "digest-alone",
                    counsellor.id,
                    OutboxStatus.PENDING,
                    kind=DIGEST,
                    payload={**_digest("Zubeyda"), "about": [gone.id]},
                ),
                row(
                    "digest-sent",
                    counsellor.id,
                    OutboxStatus.SENT,
                    kind=DIGEST,
                    payload={**_digest("Zubeyda", "Bashir"), "about": [gone.id, stays.id]},
                ),
            ]
        )
    async with transaction(sessions) as session:
        ids = {
            r.idempotency_key: r.id
            for r in (await session.execute(select(OutboxMessage))).scalars()
        }
        deleted, blanked = await OutboxRepository(session).forget_person(gone.id)

    async with transaction(sessions) as session:
        rows = {
            r.idempotency_key: r for r in (await session.execute(select(OutboxMessage))).scalars()
        }
    # Rows about them that left keep their id and status; their keys say nothing any more.
    erased = {f"erased:{ids['about-sent']}", f"erased:{ids['about-doubt']}"}
    assert set(rows) == {*erased, "other", "digest-pending", "digest-sent"}
    assert (deleted, blanked) == (4, 3)
    assert rows[f"erased:{ids['about-sent']}"].status is OutboxStatus.SENT
    assert rows[f"erased:{ids['about-doubt']}"].status is OutboxStatus.IN_DOUBT
    for key in (*erased, "digest-sent"):
        assert rows[key].payload == BLANK and rows[key].subject_id is None
    kept = Reply.from_json(rows["digest-pending"].payload["reply"])
    lines = kept.args["lines"]
    assert isinstance(lines, Lines) and [p.args["name"] for p in lines.items] == ["Bashir"]
    assert rows["digest-pending"].payload["about"] == [stays.id]
    assert rows["other"].payload == {"name": "Zubeyda"}  # about someone else: untouched


async def test_forget_drops_other_peoples_places_that_name_the_learner(
    sessions: Sessions, clock: FrozenClock
):
    counsellor = await add_person(sessions, clock, 11, Role.COUNSELLOR)
    other = await add_person(sessions, clock, 12, Role.COUNSELLOR)
    gone = await add_person(sessions, clock, 13)
    stays = await add_person(sessions, clock, 14)
    now = clock.now()

    def place(person_id: int, slots: dict[str, object]) -> DialogueState:
        return DialogueState(
            person_id=person_id,
            flow="ask_answer",
            step="text",
            slots=slots,
            history=[],
            asked_at=now,
            updated_at=now,
        )

    async with transaction(sessions) as session:
        # The counsellor began to answer the learner; another answers someone else.
        session.add(place(counsellor.id, {"learner_id": gone.id, "name": "Zubeyda"}))
        session.add(place(other.id, {"learner_id": stays.id, "name": "Bashir"}))
        session.add(place(gone.id, {"question": "where is the centre?"}))
    async with transaction(sessions) as session:
        assert await DialogueRepository(session).forget_about(gone.id) == 1
    async with transaction(sessions) as session:
        left = {s.person_id for s in (await session.execute(select(DialogueState))).scalars()}
    # Their own place goes with the person (a cascade); that is not this query's work.
    assert left == {other.id, gone.id}
