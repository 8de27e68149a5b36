"""The life cycle of a session, in one place: which change may happen now.

A session is set up, then ballots are entered, then the result is finalised; after that only
numbered addenda may be added. A file opened for viewing accepts no change at all. Every
"may this change now?" — the use cases before writing, ``verify`` when it replays the log, the
window when it enables a menu — asks :func:`require` or :func:`allows`, so the rule cannot drift
between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tinnhiem_desktop.domain.errors import InvalidInput, SessionLocked
from tinnhiem_desktop.domain.events import Action


class Stage(StrEnum):
    """Where a session is in its life."""

    SETUP = "setup"
    """Created; no ballot recorded yet."""
    ENTERING = "entering"
    """At least one ballot recorded (voided ones count): the ballot lists are fixed by then."""
    FINALISED = "finalised"
    """The result is finalised: only addenda may follow."""


SETUP_ACTIONS = frozenset({
    Action.INFO_UPDATED,
    Action.COMMITTEE_SET,
    Action.BALLOT_TYPE_ADDED,
    Action.BALLOT_TYPE_RENAMED,
    Action.ACCOUNTING_SET,
    Action.CANDIDATES_SET,
})
"""Changes to the set-up: allowed while setting up and while entering (a late committee member,
a corrected place), never after finalising. A ballot type's own list locks with its first ballot
(checked with the ballots, not here)."""

# A test deck run (TEST_DECK_CHECKED) is meant for before the box is opened (SETUP), and is also
# allowed while entering: a laptop replaced in the middle of a count is tested again before it is
# used. Never after finalising: the minutes that mention it are signed by then.

DISPLAY_ACTIONS = frozenset({Action.PROJECTOR_RESULTS_SET})
"""What the room is shown, not what was counted: the chair may turn the running results on the
projector on or off while setting up and while entering; once finalised they are always shown."""

RESULT_NEUTRAL = frozenset({Action.FINALISED, Action.ADDENDUM_ADDED, *DISPLAY_ACTIONS})
"""Entries after which a printed result still stands: finalising changes no figure, an addendum
is a separate, numbered correction printed as such, and what the projector shows changes nothing
counted."""

_ALLOWED: dict[Stage, frozenset[Action]] = {
    Stage.SETUP: SETUP_ACTIONS | DISPLAY_ACTIONS | {Action.BALLOT_RECORDED,
                                                    Action.BALLOT_SET_ASIDE,
                                                    Action.TEST_DECK_CHECKED, Action.FINALISED,
                                                    Action.COPY_ORIGIN, Action.GROUP_MERGED,
                                                    Action.HAND_COUNT_SET},
    Stage.ENTERING: SETUP_ACTIONS | DISPLAY_ACTIONS | {
        Action.BALLOT_RECORDED, Action.BALLOT_VOIDED, Action.BALLOT_SET_ASIDE,
        Action.SET_ASIDE_DECIDED, Action.SPOT_CHECK_DRAWN, Action.SPOT_CHECK_RECORDED,
        Action.TEST_DECK_CHECKED, Action.FINALISED, Action.GROUP_MERGED, Action.HAND_COUNT_SET,
    },
    Stage.FINALISED: frozenset({Action.ADDENDUM_ADDED}),
}

_NEXT: dict[Action, Stage] = {
    Action.BALLOT_RECORDED: Stage.ENTERING,
    Action.BALLOT_SET_ASIDE: Stage.ENTERING,
    Action.GROUP_MERGED: Stage.ENTERING,
    Action.HAND_COUNT_SET: Stage.ENTERING,
    Action.FINALISED: Stage.FINALISED,
}

VIEWING_MESSAGE = "Tệp đang mở ở chế độ chỉ xem: không thể thay đổi."
FINALISED_MESSAGE = (
    "Phiên đã chốt kết quả: không thể thay đổi. Mọi sửa chữa phải ghi thành đính chính."
)


@dataclass(frozen=True)
class Lifecycle:
    """A session's stage, and whether this opening of it may change anything at all."""

    stage: Stage
    viewing: bool = False

    def allows(self, action: Action) -> bool:
        """True when ``action`` may happen now."""
        return not self.viewing and action in _ALLOWED[self.stage]

    def require(self, action: Action) -> None:
        """Refuse (:class:`SessionLocked`) an ``action`` that may not happen now."""
        if self.viewing:
            raise SessionLocked(VIEWING_MESSAGE)
        if action in _ALLOWED[self.stage]:
            return
        if action is Action.SESSION_CREATED:
            raise InvalidInput("Phiên đã được tạo.")
        if action is Action.ADDENDUM_ADDED:
            raise InvalidInput("Phiên chưa chốt: sửa trực tiếp, không cần đính chính.")
        if self.stage is Stage.FINALISED:
            raise SessionLocked(FINALISED_MESSAGE)
        raise InvalidInput("Chưa nhập phiếu nào: chưa thể làm việc này.")

    def after(self, action: Action) -> Lifecycle:
        """The life cycle once ``action`` has happened (which must be allowed)."""
        self.require(action)
        stage = _NEXT.get(action, self.stage)
        return self if stage is self.stage else Lifecycle(stage, self.viewing)


def stage_of(finalised: bool, ballots_ever_recorded: int) -> Stage:
    """The stage of a session from what it holds (ballots set aside count as entered)."""
    if finalised:
        return Stage.FINALISED
    return Stage.ENTERING if ballots_ever_recorded > 0 else Stage.SETUP
