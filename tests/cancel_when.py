"""A cancel token that cancels itself once a condition holds: tests stop a generation at a
precise point (after N prompt steps, inside a layer) without threads or timing."""

from __future__ import annotations

from collections.abc import Callable

from airgap.engine.api import CancelToken


class CancelWhen(CancelToken):
    """Cancelled once `condition` holds (checked whenever the token is read)."""

    def __init__(self, condition: Callable[[], bool]) -> None:
        super().__init__()
        self.condition = condition

    @property
    def cancelled(self) -> bool:
        if not super().cancelled and self.condition():
            self.cancel()
        return super().cancelled
