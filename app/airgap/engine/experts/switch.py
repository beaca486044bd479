"""A drop-in for mlx-lm's SwitchGLU whose experts live in the streamer's slot pool.

mlx-lm's MoE blocks call `self.switch_mlp(x, indices)`; swapping that module instance on
the loaded model is the whole integration (mlx-lm's model files stay untouched). The math
mirrors SwitchGLU: up/gate/down through `gather_qmm` (or `gather_mm` for unquantized
experts), the same activation, the same sort for 64+ (token, expert) pairs — only the
expert indices are remapped to slot ids first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import mlx.core as mx
import mlx.nn

if TYPE_CHECKING:
    from airgap.engine.experts.streamer import ExpertStreamer


@dataclass(frozen=True)
class ProjSpec:
    """How one projection's experts are stored: indices into the slot arrays + quantization."""

    weight: int
    scales: int | None
    biases: int | None
    group_size: int
    bits: int
    mode: str


def project(
    x: mx.array, arrays: list[mx.array], spec: ProjSpec, idx: mx.array, sorted_idx: bool
) -> mx.array:
    if spec.scales is None:
        return mx.gather_mm(
            x, arrays[spec.weight].swapaxes(-1, -2), rhs_indices=idx, sorted_indices=sorted_idx
        )
    return mx.gather_qmm(
        x,
        arrays[spec.weight],
        arrays[spec.scales],
        arrays[spec.biases] if spec.biases is not None else None,
        rhs_indices=idx,
        transpose=True,
        group_size=spec.group_size,
        bits=spec.bits,
        mode=spec.mode,
        sorted_indices=sorted_idx,
    )


def glu(
    x: mx.array,
    arrays: list[mx.array],
    specs: tuple[ProjSpec, ProjSpec, ProjSpec],
    activation: Any,
    idx: mx.array,
    sorted_idx: bool,
) -> mx.array:
    """SwitchGLU's expert MLP on (already expanded) x with slot indices."""
    gate, up, down = specs
    x_up = project(x, arrays, up, idx, sorted_idx)
    x_gate = project(x, arrays, gate, idx, sorted_idx)
    return project(activation(x_up, x_gate), arrays, down, idx, sorted_idx)


# mypy sees mlx.nn only partially typed; the class is an ordinary nn.Module.
_Module: Any = mlx.nn.Module  # type: ignore[attr-defined]


class StreamingSwitchGLU(_Module):  # type: ignore[misc]
    """Replaces `mlp.switch_mlp` of one MoE layer; the streamer does the work."""

    def __init__(self, streamer: ExpertStreamer, position: int, activation: Any) -> None:
        super().__init__()
        self.activation = activation
        # Plain attributes (not child modules): keep them out of model.parameters().
        object.__setattr__(self, "_streamer", streamer)
        object.__setattr__(self, "_position", position)

    def __call__(self, x: mx.array, indices: mx.array) -> mx.array:
        streamer: ExpertStreamer = object.__getattribute__(self, "_streamer")
        position: int = object.__getattribute__(self, "_position")
        return streamer.forward(position, x, indices, self.activation)
