"""What the room is shown: the chair's choice of running results on the projector view."""

from __future__ import annotations

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.services.base import SessionBase


class ProjectorUseCases(SessionBase):
    """The projector view's one recorded choice (the view itself is the window's)."""

    @property
    def projector_results(self) -> bool:
        """True when the chair has turned the running results on the projector on. After
        finalising the results are shown whatever this says (the window decides that)."""
        return self._file.projector_results()

    def set_projector_results(self, shown: bool) -> bool:
        """Turn the running results on the projector on or off: one event in the log, so the
        choice is on record and comes back when the file is opened again. Returns False (and
        writes nothing) when the choice was already so; refused after finalising."""
        if not isinstance(shown, bool):
            raise InvalidInput("Lựa chọn hiện kết quả trên màn hình chiếu phải là bật hoặc tắt.")
        self._require(Action.PROJECTOR_RESULTS_SET)
        if shown == self._file.projector_results():
            return False
        self._file.set_projector_results(shown)
        return True
