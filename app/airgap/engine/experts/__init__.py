"""SSD expert streaming for mlx-lm MoE models (DESIGN.md §3).

`load_streaming(model_dir, StreamingConfig(...))` loads everything but the routed experts,
which stay in the downloaded safetensors and are read on demand into a slot pool;
`attach_streaming` does the same to a lazily loaded model; `should_stream` decides from the
checkpoint size and a memory budget. The hot path lives in `streamer.ExpertStreamer.forward`.
"""

from airgap.engine.experts.cache import CachePolicy
from airgap.engine.experts.index import ExpertIndex, build_index
from airgap.engine.experts.streamer import (
    MIN_TOP_K,
    ExpertStreamer,
    StreamingConfig,
    attach_streaming,
    default_budget_bytes,
    load_streaming,
    set_model_top_k,
    should_stream,
    top_k_warning,
)

__all__ = [
    "MIN_TOP_K",
    "CachePolicy",
    "ExpertIndex",
    "ExpertStreamer",
    "StreamingConfig",
    "attach_streaming",
    "build_index",
    "default_budget_bytes",
    "load_streaming",
    "set_model_top_k",
    "should_stream",
    "top_k_warning",
]
