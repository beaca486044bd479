"""The reusable prompt cache of one conversation: the live cache plus cheap checkpoints.

Qwen3.5's Gated DeltaNet layers keep an `ArraysCache` (a recurrent state) that cannot be
trimmed: once a token is in, the state before it is gone. So the session takes checkpoints
at the points a later turn can resume from, and a new prompt resumes from the longest
checkpoint (or the live cache) whose tokens are a prefix of it, token for token.

A checkpoint is cheap: recurrent-state arrays are never modified in place (each step makes
new ones), so holding references keeps the old state alive; KV caches are trimmable, so
for them a checkpoint is only a position. Writing new tokens after rewinding overwrites KV
entries past the rewind point, which is why a checkpoint is valid only while its tokens are
a prefix of what the live cache holds.

The same snapshot, taken before each prefill step (`mark`), undoes a step interrupted
between layers (`rollback`): a cancelled streamed prompt chunk keeps the steps already in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MAX_CHECKPOINTS = 4


@dataclass
class Checkpoint:
    tokens: list[int]
    arrays: list[list[Any] | None]  # per layer: the ArraysCache contents, None for KV layers


@dataclass
class Mark:
    """The live cache before one prefill step: its length (the tokens list only grows
    during a step, so it is not copied) and the recurrent states."""

    length: int
    arrays: list[list[Any] | None]


class PromptCache:
    """The live cache of a model, the tokens it holds, and checkpoints to rewind to."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self.layers: list[Any] = []
        self.tokens: list[int] = []  # what the live cache holds, position by position
        self.live_valid = False  # False after an abort left the live cache half-written
        self.checkpoints: list[Checkpoint] = []
        self.reset()

    def reset(self) -> None:
        from mlx_lm.models.cache import make_prompt_cache

        self.layers = make_prompt_cache(self._model)
        self.tokens = []
        self.live_valid = True
        self.checkpoints = []

    @property
    def can_checkpoint(self) -> bool:
        from mlx_lm.models.cache import ArraysCache

        return all(
            isinstance(c, ArraysCache) or (c.is_trimmable() and hasattr(c, "offset"))
            for c in self.layers
        )

    def resume(self, prompt: Sequence[int]) -> int:
        """Rewind to the longest reusable prefix of `prompt`; return its length.

        The prefix is always shorter than the prompt (the model must be fed at least one
        token). With nothing reusable the cache starts empty.
        """
        best: Checkpoint | None = None
        live = len(self.tokens)
        if self.live_valid and 0 < live < len(prompt) and _is_prefix(self.tokens, prompt):
            return live
        if self.can_checkpoint:
            for checkpoint in self.checkpoints:
                n = len(checkpoint.tokens)
                if (
                    n < len(prompt)
                    and (best is None or n > len(best.tokens))
                    and self._holds(checkpoint)
                    and _is_prefix(checkpoint.tokens, prompt)
                ):
                    best = checkpoint
        if best is None:
            self.reset()
            return 0
        self._restore(best)
        return len(best.tokens)

    def checkpoint(self) -> None:
        """Remember the current state (the live cache holds exactly `tokens`)."""
        if not self.can_checkpoint or not self.tokens or not self.live_valid:
            return
        n = len(self.tokens)
        self.checkpoints = [c for c in self.checkpoints if len(c.tokens) != n or not self._holds(c)]
        self.checkpoints.append(Checkpoint(list(self.tokens), self._arrays()))
        self.prune()

    def mark(self) -> Mark | None:
        """The state before a prefill step, to `rollback` to if the step is interrupted;
        None when some layer can be neither trimmed nor snapshotted."""
        if not self.can_checkpoint:
            return None
        return Mark(len(self.tokens), self._arrays())

    def rollback(self, mark: Mark) -> None:
        """Undo a prefill step interrupted between layers: the layers it reached are trimmed
        (KV) or restored (recurrent state), the rest are already at `mark`; the live cache
        holds exactly its first `mark.length` tokens again."""
        import mlx.core as mx

        self._restore_layers(mark.length, mark.arrays)
        del self.tokens[mark.length :]
        self.live_valid = True
        # The reached layers' KV buffers still hold the step's lazy graph (over the expert
        # streamer's slots, which the next chunk rewrites): settle it now, past the offset.
        mx.eval([c.state for c in self.layers])

    def prune(self) -> None:
        """Drop checkpoints the live cache no longer holds, keep the newest few."""
        valid = [c for c in self.checkpoints if self._holds(c)]
        self.checkpoints = valid[-MAX_CHECKPOINTS:]

    def _arrays(self) -> list[list[Any] | None]:
        from mlx_lm.models.cache import ArraysCache

        return [list(c.cache) if isinstance(c, ArraysCache) else None for c in self.layers]

    def _holds(self, checkpoint: Checkpoint) -> bool:
        return _is_prefix(checkpoint.tokens, self.tokens)

    def _restore(self, checkpoint: Checkpoint) -> None:
        self._restore_layers(len(checkpoint.tokens), checkpoint.arrays)
        self.tokens = list(checkpoint.tokens)
        self.live_valid = True

    def _restore_layers(self, n: int, arrays_by_layer: list[list[Any] | None]) -> None:
        for layer, arrays in zip(self.layers, arrays_by_layer, strict=True):
            if arrays is not None:
                layer.cache = list(arrays)
                layer.lengths = None
                layer.left_padding = None
            else:
                layer.trim(layer.offset - n)


def _is_prefix(prefix: Sequence[int], tokens: Sequence[int]) -> bool:
    n = len(prefix)
    return n <= len(tokens) and list(prefix) == list(tokens[:n])
