"""make bench-stream: SSD expert streaming on synthetic Qwen3.5-MoEs (DESIGN.md §3, issue 4).

Two Qwen3.5-MoE-shaped checkpoints in mlx-lm's layout (4-bit experts) are generated once
under $AIRGAP_BENCH_DIR (default ~/.cache/airgap-bench), shard by shard. Every measurement
runs in a fresh child process inside a cgroup-v1 memory limit of 1/4.5 of the expert bytes
(the 217 GB : 48 GB ratio of the 397B on a 48 GB Mac), with the page cache dropped first.

- linux: 6.5 GB of experts (2 layers x 3328, top-8) on the disk as it is. This CPU is the
  bottleneck there, so decode is also put against the compute-bound rate (the same decode
  on a warm pool) measured in the same run, besides the I/O-bound rate.
- mac: the 397B's routing shape (8 layers x 512 experts, top-10) with small experts, on a
  disk throttled (cgroup-v1 blkio) so that reading a token's experts takes 8x its compute,
  measured first in the same run: the Mac's regime, where the I/O-bound ratio means
  something.

Figures are ratios against baselines measured in the same run: the disk's bandwidth (->
the I/O-bound tok/s), the compute-bound tok/s, a token-by-token prefill, and (linux) the
stock mlx-lm resident load in the same limit. Needs root for the cgroups and drop_caches;
without them (or without blkio, for the mac section) it says why and skips.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

CGROUP_ROOT = Path("/sys/fs/cgroup/memory")
CGROUP = CGROUP_ROOT / "airgap-bench-stream"
BLKIO_ROOT = Path("/sys/fs/cgroup/blkio")
BLKIO = BLKIO_ROOT / "airgap-bench-stream"
# The mac section throttles the disk so that reading a token's experts takes this many times
# its compute, as on an M3 Max (SSD time per token at K=10 is ~8-10x the GPU's expert math).
IO_COMPUTE_RATIO = 8.0

# Expert shape of Qwen3.5-35B-A3B's hidden size with a narrower expert, many experts per
# layer: a CPU can compute it, and 2 MoE layers x 3328 experts x 0.98 MB = 6.5 GB on disk.
# On this CPU it is compute-bound (the "linux" section).
SPEC: dict[str, Any] = {
    "name": "qwen35-moe-synth-6.5g-v1",
    "hidden": 2048,
    "layers": 2,
    "attn_interval": 2,  # full_attention_interval: one Gated DeltaNet layer, one attention layer
    "experts": 3328,
    "top_k": 8,
    "moe_inter": 256,
    "shared_inter": 512,
    "heads": 16,
    "linear_heads": (16, 8),  # Gated DeltaNet value and key heads
    "vocab": 4096,
    "group_size": 64,
    "bits": 4,
}
# The 397B's routing shape (512 experts per layer, top-10, the 3:1 DeltaNet/attention mix)
# with small experts, so that compute is cheap and a throttled disk makes it I/O-bound as on
# the Mac: 8 MoE layers x 512 experts x 0.25 MB = 1.0 GB (the "mac" section).
MAC_SPEC: dict[str, Any] = {
    "name": "qwen35-moe-mac-shaped-1g-v1",
    "hidden": 512,
    "layers": 8,
    "attn_interval": 4,
    "experts": 512,
    "top_k": 10,
    "moe_inter": 256,
    "shared_inter": 256,
    "heads": 4,
    "linear_heads": (8, 4),
    "vocab": 4096,
    "group_size": 64,
    "bits": 4,
}
DECODE_TOKENS = 40
TOKEN_BY_TOKEN = 64  # enough tokens (>1 GB read) that page-cache reclaim is included
MAC_DECODE_TOKENS = 32
MAC_TOKEN_BY_TOKEN = 48  # ~1.9 GB read: every expert about once, page-cache reclaim included
PROMPT_TOKENS = 16  # before the timed decode
# The mac section's prefills run with this on top of the 1/4.5 limit: a 2,000-token chunk's
# activations (~0.3-0.5 GB here, next to 1 GB of tiny experts) are < 1% of a 48 GB Mac.
PREFILL_ALLOWANCE = 512 << 20


# ---------------------------------------------------------------------- the synthetic model


def bench_dir() -> Path:
    base = os.environ.get("AIRGAP_BENCH_DIR")
    return Path(base) if base else Path.home() / ".cache" / "airgap-bench"


def model_config(s: dict[str, Any]) -> dict[str, Any]:
    text = {
        "model_type": "qwen3_5_moe_text",
        "hidden_size": s["hidden"],
        "intermediate_size": s["hidden"] * 2,
        "num_hidden_layers": s["layers"],
        "num_attention_heads": s["heads"],
        "num_key_value_heads": 2,
        "head_dim": 128,
        "rms_norm_eps": 1e-6,
        "vocab_size": s["vocab"],
        "max_position_embeddings": 8192,
        "linear_num_value_heads": s["linear_heads"][0],
        "linear_num_key_heads": s["linear_heads"][1],
        "linear_key_head_dim": 64,
        "linear_value_head_dim": 64,
        "linear_conv_kernel_dim": 4,
        "full_attention_interval": s["attn_interval"],
        "tie_word_embeddings": False,
        "attention_bias": False,
        "num_experts": s["experts"],
        "num_experts_per_tok": s["top_k"],
        "decoder_sparse_step": 1,
        "moe_intermediate_size": s["moe_inter"],
        "shared_expert_intermediate_size": s["shared_inter"],
        "norm_topk_prob": True,
        "rope_parameters": {
            "type": "default",
            "mrope_section": [11, 11, 10],
            "rope_theta": 100000,
            "partial_rotary_factor": 0.25,
        },
    }
    return {
        "model_type": "qwen3_5_moe",
        "architectures": ["Qwen3_5MoeForConditionalGeneration"],
        "text_config": text,
        "tie_word_embeddings": False,
    }


def build_model(dest: Path, s: dict[str, Any]) -> Path:
    """Write the checkpoint: non-expert weights from mlx-lm's own classes, then one shard per
    (layer, projection) of random 4-bit experts — never more than one shard in memory."""
    import mlx.core as mx
    import numpy as np
    from mlx.utils import tree_flatten
    from mlx_lm.models import qwen3_5_moe
    from mlx_lm.utils import quantize_model, save_config

    done = dest / ".complete"
    if done.exists():
        return dest
    dest.mkdir(parents=True, exist_ok=True)
    print(f"generating the synthetic model in {dest} (once) ...", flush=True)
    config = model_config(s)
    mx.random.seed(0)
    model = qwen3_5_moe.Model(qwen3_5_moe.ModelArgs.from_dict(config))
    # The stacked experts stay lazy (never evaluated); only their config entries are used.
    model, config = quantize_model(model, config, group_size=s["group_size"], bits=s["bits"])
    weight_map: dict[str, str] = {}
    total = 0
    resident = {k: v for k, v in tree_flatten(model.parameters()) if ".switch_mlp." not in k}
    mx.eval(resident)
    name = "model-00001.safetensors"
    mx.save_safetensors(str(dest / name), resident, metadata={"format": "mlx"})
    weight_map.update(dict.fromkeys(resident, name))
    total += sum(v.nbytes for v in resident.values())
    del resident, model

    rng = np.random.default_rng(0)
    e, h, i, bits, group = s["experts"], s["hidden"], s["moe_inter"], s["bits"], s["group_size"]
    shard = 2
    for layer in range(s["layers"]):
        prefix = f"language_model.model.layers.{layer}.mlp.switch_mlp."
        for proj in ("gate_proj", "up_proj", "down_proj"):
            out_dims, in_dims = (h, i) if proj == "down_proj" else (i, h)
            packed = (e, out_dims, in_dims * bits // 32)
            weight = np.frombuffer(rng.bytes(int(np.prod(packed)) * 4), dtype=np.uint32)
            # 4-bit codes 0..15 centred by the biases; scales give unit-ish output variance.
            base = 1.0 / (4.6 * np.sqrt(in_dims))
            groups = (e, out_dims, in_dims // group)
            scales = (base * rng.uniform(0.9, 1.1, size=groups)).astype(np.float32)
            tensors = {
                f"{prefix}{proj}.weight": mx.array(weight.reshape(packed)),
                f"{prefix}{proj}.scales": mx.array(scales),
                f"{prefix}{proj}.biases": mx.array(-7.5 * scales),
            }
            name = f"model-{shard:05d}.safetensors"
            mx.save_safetensors(str(dest / name), tensors, metadata={"format": "mlx"})
            weight_map.update(dict.fromkeys(tensors, name))
            total += sum(v.nbytes for v in tensors.values())
            print(f"  wrote {name} ({sum(v.nbytes for v in tensors.values()) / 1e9:.2f} GB)")
            shard += 1
            del tensors, weight, scales
    index = {"metadata": {"total_size": total}, "weight_map": dict(sorted(weight_map.items()))}
    (dest / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))
    save_config(config, dest / "config.json")
    done.write_text("ok")
    return dest


# ---------------------------------------------------------------------- children (in the cgroup)


def _zipf_bias(model: Any, strength: float, seed: int, sharpness: float = 3.5) -> None:
    """Skew every router: expert of rank r gets logit - strength*log(r) (Zipf-like).

    The random routers' logits are also sharpened (x3.5, std ~2) so that the bias skews
    rather than fixes the choice: ~65% LRU hits in a 4% pool, near the 71% page-cache hit
    rate flash-moe reported for the real 397B at K=4.
    """
    import mlx.core as mx
    import mlx.nn as nn
    import numpy as np

    class BiasedGate(nn.Module):  # type: ignore[misc]
        def __init__(self, inner: Any, bias: mx.array) -> None:
            super().__init__()
            self.inner = inner
            self.bias = bias

        def __call__(self, x: mx.array) -> mx.array:
            return self.inner(x) * sharpness + self.bias

    rng = np.random.default_rng(seed)
    for layer in model.layers:
        n = layer.mlp.gate.weight.shape[0]
        ranks = rng.permutation(n) + 1
        bias = mx.array((-strength * np.log(ranks)).astype(np.float32))
        layer.mlp.gate = BiasedGate(layer.mlp.gate, bias)


def _load(task: dict[str, Any]) -> tuple[Any, Any]:
    from airgap.engine.experts import CachePolicy, StreamingConfig, load_streaming

    config = StreamingConfig(
        memory_budget=task["budget"],
        cache_bytes=task.get("cache_bytes"),
        top_k=task.get("top_k"),
        policy=CachePolicy(task.get("policy", "lru")),
        prefetch=task.get("prefetch", True),
        prefill_chunk=2048,
        use_repack=bool(task.get("use_repack")),
    )
    model, _, streamer = load_streaming(Path(task["model"]), config)
    if task.get("zipf"):
        _zipf_bias(model, float(task["zipf"]), seed=1)
    return model, streamer


def _tokens(n: int, seed: int) -> Any:
    import mlx.core as mx
    import numpy as np

    return mx.array(np.random.default_rng(seed).integers(0, SPEC["vocab"], (1, n)))


def _disk_read(task: dict[str, Any]) -> int:
    """Bytes this process's blkio cgroup has read from the throttled disk (0 without one):
    what really came off the disk, page-cache hits excluded."""
    if not task.get("blkio"):
        return 0
    stats = Path(task["blkio"]) / "blkio.throttle.io_service_bytes"
    for line in stats.read_text().splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == task["device"] and parts[1] == "Read":
            return int(parts[2])
    return 0


def child_decode(task: dict[str, Any]) -> dict[str, Any]:
    """Decode tok/s. With "warm", the prompt and tokens run again on a pool that holds every
    expert they touch: the repeated passes (timed) read nothing — the compute-bound rate."""
    import mlx.core as mx

    model, streamer = _load(task)
    n = task.get("decode_tokens", DECODE_TOKENS)
    # Random next tokens (not greedy): a random model's greedy text loops, which would
    # flatter the cache with repeated routing.
    feed = _tokens(n, 1)[0].tolist()
    # Warm: one pass fills the pool, the best of two more is timed (this box is shared).
    times = []
    for _ in range(3 if task.get("warm") else 1):
        cache = model.make_cache()
        mx.eval(model(_tokens(PROMPT_TOKENS, 0), cache=cache))
        before = streamer.snapshot()
        disk_before = _disk_read(task)
        start = time.perf_counter()
        for t in feed:
            logits = model(mx.array([[t]]), cache=cache)
            mx.eval(logits[:, -1].argmax(-1))
        times.append(time.perf_counter() - start)
    elapsed = min(times[1:]) if task.get("warm") else times[0]
    stats = streamer.stats_since(before)
    after = streamer.snapshot()
    return {
        "tok_s": n / elapsed,
        "bytes_per_token": stats.bytes_read_per_token,
        "disk_bytes_per_token": (_disk_read(task) - disk_before) / n,
        "cache_hit": stats.cache_hit_rate,
        "prefetch_hit": stats.prefetch_hit_rate,
        "io_wait_share": stats.io_wait_share,
        "compute_s_per_token": (elapsed - (after.io_wait_s - before.io_wait_s)) / n,
        "slots": streamer.num_slots,
        "pool_bytes": streamer.pool_bytes,
        "mx_peak": mx.get_peak_memory(),
        "k": streamer.top_k,
    }


def child_prefill(task: dict[str, Any]) -> dict[str, Any]:
    import mlx.core as mx

    model, streamer = _load(task)
    n = task["tokens"]
    prompt = _tokens(n, 2)
    cache = model.make_cache()
    disk_before = _disk_read(task)
    start = time.perf_counter()
    max_reads = 0
    if task.get("token_by_token"):
        n = task.get("tbt_tokens", TOKEN_BY_TOKEN)
        for t in prompt[0, :n].tolist():
            mx.eval(model(mx.array([[t]]), cache=cache))
    else:
        # As mlx-lm's generate_step: chunks fill the cache, only the last token gets logits.
        chunk = streamer.prefill_chunk
        for begin in range(0, n - 1, chunk):
            model(prompt[:, begin : min(begin + chunk, n - 1)], cache=cache)
            mx.eval([c.state for c in cache])
        max_reads = int(streamer.reader.read_counts.max())
        mx.eval(model(prompt[:, n - 1 :], cache=cache))
    elapsed = time.perf_counter() - start
    return {
        "tokens": n,
        "seconds": elapsed,
        "disk_bytes": _disk_read(task) - disk_before,
        "bytes_read": streamer.reader.bytes_read,
        "expert_bytes": streamer.index.total_bytes,
        "mx_peak": mx.get_peak_memory(),
        "io_wait_s": streamer.counters.io_wait_s,
        "max_reads_per_expert": max_reads,
    }


def child_bandwidth(task: dict[str, Any]) -> dict[str, Any]:
    """Disk bandwidth of one access pattern, in its own process after a cache drop:
    random whole experts (8 threads) from the checkpoint or the repack, or sequential."""
    import numpy as np
    from airgap.engine.experts import build_index
    from airgap.engine.experts.cache import SlotBuffers
    from airgap.engine.experts.reader import ExpertReader
    from airgap.engine.experts.repack import packed_index

    index = build_index(Path(task["model"]))
    if task["layout"] == "sequential":
        buf = bytearray(16 << 20)
        view = memoryview(buf)
        done = 0
        start = time.perf_counter()
        for path in index.files:
            fd = os.open(path, os.O_RDONLY)
            at = 0
            while done < task["bytes"]:
                n = os.preadv(fd, [view], at)
                if n <= 0:
                    break
                done += n
                at += n
            os.close(fd)
            if done >= task["bytes"]:
                break
        return {"bw": done / (time.perf_counter() - start)}
    if task["layout"] == "packed":
        packed = packed_index(index)
        if packed is None:
            return {"bw": None}
        index = packed
    reader = ExpertReader(index, SlotBuffers(64, index.layers[0].components), threads=8)
    # 64 experts of one random layer per call, each (layer, expert) at most once: no
    # page-cache hits inflate the figure.
    rng = np.random.default_rng(5)
    left = [list(rng.permutation(index.num_experts)) for _ in index.layers]
    disk_before = _disk_read(task)
    start = time.perf_counter()
    while reader.bytes_read < task["bytes"] and time.perf_counter() - start < task.get(
        "max_s", 1e9
    ):
        layers = [i for i, rest in enumerate(left) if rest]
        if not layers:
            break
        layer = int(rng.choice(layers))
        experts = np.array(left[layer][:64], dtype=np.int64)
        del left[layer][:64]
        reader.read(layer, experts, np.arange(len(experts)))
    elapsed = time.perf_counter() - start
    bw = reader.bytes_read / elapsed
    disk = _disk_read(task) - disk_before
    reader.close()
    return {"bw": bw, "disk_bw": disk / elapsed if disk else None}


def child_resident(task: dict[str, Any]) -> dict[str, Any]:
    """The baseline: stock mlx-lm loads every weight into memory."""
    import mlx.core as mx
    from mlx_lm.utils import load_model

    start = time.perf_counter()
    model, _ = load_model(Path(task["model"]))
    mx.eval(model(_tokens(16, 0), cache=model.make_cache()))
    return {"seconds": time.perf_counter() - start, "mx_peak": mx.get_peak_memory()}


CHILDREN = {
    "decode": child_decode,
    "prefill": child_prefill,
    "bandwidth": child_bandwidth,
    "resident": child_resident,
}


def child_main(raw: str) -> None:
    task = json.loads(raw)
    result = CHILDREN[task["task"]](task)
    result["maxrss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print("RESULT " + json.dumps(result), flush=True)


# ---------------------------------------------------------------------- the parent


def can_limit() -> str | None:
    if os.geteuid() != 0:
        return "needs root (cgroup-v1 memory limit and drop_caches)"
    if not (CGROUP_ROOT / "memory.limit_in_bytes").exists():
        return f"no cgroup-v1 memory controller at {CGROUP_ROOT}"
    return None


def throttle_device(path: Path) -> tuple[str | None, str]:
    """The whole disk ("MAJ:MIN") under `path` for blkio's read throttle, or (None, why not).

    The throttle applies to a disk, not a partition: a partition maps to its parent in sysfs.
    """
    knob = BLKIO_ROOT / "blkio.throttle.read_bps_device"
    if not knob.exists():
        return None, f"no cgroup-v1 blkio controller with throttling at {BLKIO_ROOT}"
    st = path.stat()
    dev = f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    node = Path("/sys/dev/block") / dev
    if not node.exists():
        return None, f"{path.parent} is on device {dev}, not a block device (overlay or tmpfs?)"
    real = node.resolve()
    if (real / "partition").exists():
        dev = (real.parent / "dev").read_text().strip()
    try:
        BLKIO.mkdir(exist_ok=True)
        (BLKIO / "blkio.throttle.read_bps_device").write_text(f"{dev} 0\n")
    except OSError as e:
        return None, f"cannot throttle disk {dev}: {e.strerror}"
    return dev, ""


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def run_child(
    task: dict[str, Any],
    limit: int | None,
    timeout: float = 900,
    throttle: tuple[str, int] | None = None,
) -> dict[str, Any]:
    """Run one measurement in a fresh process. With a `limit`: inside the memory cgroup,
    page cache dropped first; with a `throttle` (disk, bytes/s): inside the blkio cgroup."""
    cgroups = []
    if limit is not None:
        CGROUP.mkdir(exist_ok=True)
        (CGROUP / "memory.limit_in_bytes").write_text(str(limit))
        (CGROUP / "memory.max_usage_in_bytes").write_text("0")
        (CGROUP / "memory.failcnt").write_text("0")
        cgroups.append(CGROUP)
        drop_caches()
    if throttle is not None:
        device, bps = throttle
        BLKIO.mkdir(exist_ok=True)
        (BLKIO / "blkio.throttle.read_bps_device").write_text(f"{device} {bps}\n")
        cgroups.append(BLKIO)
        task = {**task, "blkio": str(BLKIO), "device": device}

    def enter() -> None:
        for group in cgroups:
            (group / "cgroup.procs").write_text(str(os.getpid()))

    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(task)],
        preexec_fn=enter,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
    )
    wall = time.perf_counter() - start
    peak = int((CGROUP / "memory.max_usage_in_bytes").read_text()) if limit is not None else 0
    result: dict[str, Any] = {"wall": wall, "cgroup_peak": peak, "returncode": proc.returncode}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result.update(json.loads(line[7:]))
    if proc.returncode != 0:
        result["error"] = (
            "killed (out of memory in the cgroup)" if proc.returncode == -9 else proc.stderr[-800:]
        )
    return result


def gb(n: float) -> str:
    return f"{n / 1e9:.2f} GB"


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs"


def warm_pool(spec: dict[str, Any], expert_bytes: int, k: int, tokens: int) -> int:
    """A pool holding every expert a warm decode run touches (prompt + tokens, all layers)."""
    slots = min(spec["experts"], (PROMPT_TOKENS + tokens) * k) * spec["layers"]
    return slots * expert_bytes


def compute_bound(
    model: str, spec: dict[str, Any], expert_bytes: int, k: int, tokens: int
) -> dict[str, Any]:
    """The same decode with every expert it needs already in the slot pool: no reads at all
    in the timed pass (no memory limit, no throttle) — tokens per second of compute alone."""
    pool = warm_pool(spec, expert_bytes, k, tokens)
    task = {
        "task": "decode",
        "model": model,
        "budget": pool + (4 << 30),
        "cache_bytes": pool,
        "top_k": k,
        "prefetch": False,
        "warm": True,
        "decode_tokens": tokens,
    }
    return run_child(task, None)


# ---------------------------------------------------------------------- linux: compute-bound


def linux_section(args: argparse.Namespace, results: dict[str, Any]) -> None:
    """The 6.5 GB model on the unthrottled disk: compute-bound on this CPU."""
    model_dir = build_model(bench_dir() / SPEC["name"], SPEC)
    from airgap.engine.experts import build_index
    from airgap.engine.experts.repack import packed_index, repack

    index = build_index(model_dir)
    if args.repack and packed_index(index) is None:
        print("repacking the experts (once, a copy: the shards are kept) ...", flush=True)
        repack(index)
    expert_bytes = index.total_bytes
    limit = int(expert_bytes / 4.5)
    budget = int(limit * 0.75)
    pool = int(limit * 0.2)
    m = str(model_dir)
    print(
        f"== linux section (compute-bound on this CPU, disk not throttled); {load_note()}\n"
        f"model: {SPEC['layers']} MoE layers x {index.num_experts} experts x "
        f"{index.expert_bytes / 1e6:.2f} MB = {gb(expert_bytes)} routed experts (4-bit), "
        f"top-{SPEC['top_k']}; memory limit {gb(limit)} (1/4.5), expert pool {gb(pool)}"
    )
    results.update({"spec": SPEC, "expert_bytes": expert_bytes, "limit": limit})

    bw = {
        layout: run_child(
            {"task": "bandwidth", "model": m, "bytes": 2 << 30, "layout": layout}, limit
        ).get("bw")
        for layout in ("checkpoint", "packed", "sequential")
    }
    bw["random_expert_bw"], bw["sequential_bw"] = bw["checkpoint"], bw["sequential"]
    bw["packed_bw"] = bw["packed"]
    results["bandwidth"] = bw
    print(
        f"disk: {gb(bw['random_expert_bw'])}/s random whole experts (8 threads), "
        f"{gb(bw['sequential_bw'])}/s sequential"
        + (
            f"; repacked (one read per expert): {gb(bw['packed_bw'])}/s, "
            f"{bw['packed_bw'] / bw['random_expert_bw']:.2f}x the checkpoint layout"
            if bw.get("packed_bw")
            else ""
        )
    )
    if args.bandwidth_only:
        return

    # Compute-bound: the same decode (same K) with a warm pool, measured in this run.
    warm = {
        k: compute_bound(m, SPEC, index.expert_bytes, k, DECODE_TOKENS) for k in (SPEC["top_k"], 4)
    }
    results["compute_bound"] = warm
    for k, r in warm.items():
        if "error" in r:
            print(f"compute-bound K={k} FAILED: {r['error']}")
        else:
            print(
                f"compute-bound (warm pool, no reads; cache hit {r['cache_hit']:.0%}): "
                f"K={k} {r['tok_s']:.2f} tok/s"
            )

    base = {"model": m, "budget": budget, "cache_bytes": pool}
    decode_runs = {
        "uniform, LRU, prefetch": {"prefetch": True},
        "uniform, LRU, no prefetch": {"prefetch": False},
        "uniform, LFU, prefetch": {"prefetch": True, "policy": "lfu"},
        "zipf, LRU, prefetch": {"prefetch": True, "zipf": 1.0},
        "zipf, LRU, no prefetch": {"prefetch": False, "zipf": 1.0},
        "zipf, LFU, prefetch": {"prefetch": True, "zipf": 1.0, "policy": "lfu"},
        "uniform, K=4, prefetch": {"prefetch": True, "top_k": 4},
    }
    results["decode"] = {}
    print(
        "\ndecode (tok/s | MB/token | I/O-bound tok/s | ratio | tok/s excl. I/O wait | "
        "compute-bound tok/s | ours / min(I/O, compute) | cache hit | prefetch hit | "
        "I/O wait | cgroup peak incl. page cache)"
    )
    for name, extra in decode_runs.items():
        r = run_child({**base, **extra, "task": "decode"}, limit)
        results["decode"][name] = r
        if "error" in r:
            print(f"  {name:28s} FAILED: {r['error']}")
            continue
        io_bound = bw["random_expert_bw"] / max(1.0, r["bytes_per_token"])
        r["io_bound_tok_s"] = io_bound
        r["ratio"] = r["tok_s"] / io_bound
        c = warm.get(r["k"], {}).get("tok_s")
        r["compute_bound_tok_s"] = c
        r["roofline_ratio"] = r["tok_s"] / min(io_bound, c) if c else None
        print(
            f"  {name:28s} {r['tok_s']:6.2f} | {r['bytes_per_token'] / 1e6:6.1f} | "
            f"{io_bound:6.1f} | {r['ratio']:.2f} | {1.0 / r['compute_s_per_token']:6.1f} | "
            + (f"{c:6.2f} | {r['roofline_ratio']:.2f} | " if c else "- | - | ")
            + f"{r['cache_hit']:.0%} | {r['prefetch_hit']:.0%} | {r['io_wait_share']:.0%} | "
            f"{gb(r['cgroup_peak'])} ({gb(r['maxrss'])} RSS)"
        )

    print("\nprefill (seconds | bytes read / expert bytes | vs token-by-token | cgroup peak)")
    # The baseline is the engine at its best token by token: without the prefetch guesses.
    tbt = run_child(
        {**base, "task": "prefill", "tokens": 512, "token_by_token": True, "prefetch": False},
        limit,
    )
    results["token_by_token"] = tbt
    if "error" in tbt:
        print(f"  token-by-token baseline FAILED: {tbt['error']}")
        per_token = tbt_bytes = tbt_io = float("nan")
    else:
        per_token = tbt["seconds"] / tbt["tokens"]
        tbt_bytes = tbt["bytes_read"] / tbt["tokens"]
        tbt_io = tbt["io_wait_s"] / tbt["tokens"]
        print(
            f"  token-by-token baseline: {per_token:.3f} s/token ({tbt_io:.3f} s of it I/O), "
            f"{tbt_bytes / 1e6:.1f} MB/token (over {tbt['tokens']} tokens, extrapolated)"
        )
    results["prefill"] = {}
    for n in (512,) if args.quick else (512, 2000):
        r = run_child({**base, "task": "prefill", "tokens": n, "prefetch": False}, limit)
        results["prefill"][n] = r
        if "error" in r:
            print(f"  {n:5d} tokens FAILED: {r['error']}")
            continue
        r["pass_ratio"] = r["bytes_read"] / r["expert_bytes"]
        r["speedup"] = per_token * n / r["seconds"]
        r["bytes_saving"] = tbt_bytes * n / max(1, r["bytes_read"])
        r["io_speedup"] = tbt_io * n / max(1e-9, r["io_wait_s"])
        print(
            f"  {n:5d} tokens: {r['seconds']:.1f} s ({r['io_wait_s']:.1f} s I/O) | "
            f"{r['pass_ratio']:.2f} | wall {r['speedup']:.1f}x, bytes {r['bytes_saving']:.0f}x, "
            f"I/O time {r['io_speedup']:.0f}x less (baseline {per_token * n:.0f} s) | "
            f"max reads of one expert {r['max_reads_per_expert']} | {gb(r['cgroup_peak'])} "
            f"({gb(r['maxrss'])} RSS)"
        )

    r = run_child({"task": "resident", "model": m}, limit, timeout=600)
    results["resident"] = r
    print(
        "\nstock mlx-lm resident load in the same limit: "
        + (r["error"] if "error" in r else f"ran ({r['seconds']:.1f} s)")
        + f" after {r['wall']:.1f} s, cgroup peak {gb(r['cgroup_peak'])} of {gb(limit)}"
    )
    results["load_after"] = load_note()


# ---------------------------------------------------------------------- mac: I/O-bound


def packed_layout(
    m: str,
    index: Any,
    limit: int,
    device: str,
    throttle: tuple[str, int],
    base: dict[str, Any],
) -> dict[str, Any]:
    """Checkpoint layout vs the repacked copy at the same throttle: disk bytes per expert
    byte, throttled bandwidth, and decode at the trained K without prefetch."""
    from airgap.engine.experts.repack import packed_index, repack

    if packed_index(index) is None:
        print("repacking the experts (once; a copy, the shards are kept) ...", flush=True)
        repack(index)
    if packed_index(index) is None:
        print("  repacked layout: no usable copy, not measured")
        return {}
    out: dict[str, Any] = {}
    for layout in ("checkpoint", "packed"):
        task = {"task": "bandwidth", "model": m, "bytes": 96 << 20, "layout": layout}
        probe = run_child(task, limit, throttle=(device, 0))
        task.update(bytes=throttle[1] * 15, max_s=20)
        capped = run_child(task, limit, throttle=throttle)
        packed = layout == "packed"
        decode_task = {**base, "task": "decode", "prefetch": False, "use_repack": packed}
        decode = run_child(decode_task, limit, throttle=throttle)
        out[layout] = {"probe": probe, "throttled": capped, "decode": decode}
        if any("error" in r for r in (probe, capped, decode)):
            print(f"  {layout} layout FAILED")
            continue
        print(
            f"  {layout:10s} layout: {(probe.get('disk_bw') or 0) / probe['bw']:.2f} bytes off "
            f"the disk per expert byte; throttled {capped['bw'] / 1e6:.1f} MB/s of experts; "
            f"decode K={decode['k']} without prefetch {decode['tok_s']:.2f} tok/s"
        )
    return out


def mac_section(args: argparse.Namespace) -> dict[str, Any] | None:
    """The 397B's routing shape on a disk throttled to the Mac's I/O : compute ratio."""
    spec = MAC_SPEC
    model_dir = build_model(bench_dir() / spec["name"], spec)
    from airgap.engine.experts import build_index

    index = build_index(model_dir)
    expert_bytes = index.total_bytes
    limit = int(expert_bytes / 4.5)
    budget = int(limit * 0.75)
    pool = int(limit * 0.2)
    m = str(model_dir)
    n_layers, n_experts, k_top = spec["layers"], index.num_experts, spec["top_k"]
    print(
        f"\n== mac section (the 397B's routing shape, disk throttled to make it I/O-bound); "
        f"{load_note()}\n"
        f"model: {n_layers} MoE layers x {n_experts} experts x {index.expert_bytes / 1e6:.2f} MB"
        f" = {gb(expert_bytes)} routed experts (4-bit), top-{k_top}; memory limit {gb(limit)} "
        f"(1/4.5), expert pool {gb(pool)}"
    )
    device, why = throttle_device(index.files[-1])
    if device is None:
        print(f"mac section skipped: {why}")
        return None
    out: dict[str, Any] = {"spec": spec, "expert_bytes": expert_bytes, "limit": limit}
    out["load_before"] = load_note()

    # 1. Compute alone, measured now: the same decode with a warm pool, no limit, no throttle.
    warm = {k: compute_bound(m, spec, index.expert_bytes, k, MAC_DECODE_TOKENS) for k in (k_top, 4)}
    out["compute_bound"] = warm
    for k, r in warm.items():
        if "error" in r:
            print(f"compute-bound K={k} FAILED: {r['error']}")
            return out
        print(
            f"compute-bound (warm pool, no reads; cache hit {r['cache_hit']:.0%}): K={k} "
            f"{r['tok_s']:.2f} tok/s = {1000 / r['tok_s']:.0f} ms/token"
        )

    # 2. The throttle: reading a token's experts (those not in the pool) off the disk takes
    # IO_COMPUTE_RATIO x its compute, at the trained K. The disk delivers more than the
    # experts' bytes (page-granular reads of unaligned slices, readahead): that factor is
    # measured first, unthrottled (rate 0 = no limit, but the blkio cgroup still counts).
    probe = run_child(
        {"task": "bandwidth", "model": m, "bytes": 96 << 20, "layout": "checkpoint"},
        limit,
        throttle=(device, 0),
    )
    overhead = (probe.get("disk_bw") or 0.0) / probe["bw"] if probe.get("bw") else 1.0
    overhead = max(1.0, overhead)
    compute_s = 1.0 / warm[k_top]["tok_s"]
    miss = 1.0 - min(1.0, (pool // index.expert_bytes) / (n_layers * n_experts))
    nominal = n_layers * k_top * index.expert_bytes * miss
    bps = int(nominal * overhead / (IO_COMPUTE_RATIO * compute_s))
    throttle = (device, bps)
    out["throttle"] = {
        "device": device,
        "read_bps": bps,
        "io_compute_ratio": IO_COMPUTE_RATIO,
        "disk_overhead": overhead,
    }
    print(
        f"throttle: disk {device} reads at {bps / 1e6:.1f} MB/s (cgroup-v1 blkio), so that "
        f"{nominal / 1e6:.1f} MB/token of experts ({overhead:.2f}x that off the disk, measured "
        f"unthrottled) takes {IO_COMPUTE_RATIO:.0f}x the {compute_s * 1000:.0f} ms of compute "
        f"at K={k_top} (the Mac's SSD : GPU ratio)"
    )
    r = run_child(
        {"task": "bandwidth", "model": m, "bytes": bps * 20, "max_s": 25, "layout": "checkpoint"},
        limit,
        throttle=throttle,
    )
    if "error" in r:
        print(f"throttled bandwidth FAILED: {r['error']}")
        return out
    bw, disk_bw = r["bw"], r.get("disk_bw") or r["bw"]
    out["bandwidth"] = r
    print(
        f"disk, throttled, in the limit: {bw / 1e6:.1f} MB/s of experts read "
        f"({disk_bw / 1e6:.1f} MB/s off the disk; random whole experts, 8 threads, no repeats)"
    )
    if args.bandwidth_only:
        return out

    # 3. Decode, throttled, in the limit.
    base = {"model": m, "budget": budget, "cache_bytes": pool, "decode_tokens": MAC_DECODE_TOKENS}
    runs = {
        f"K={k_top}, prefetch": {"top_k": k_top, "prefetch": True},
        f"K={k_top}, no prefetch": {"top_k": k_top, "prefetch": False},
        "K=4, prefetch": {"top_k": 4, "prefetch": True},
        "K=4, no prefetch": {"top_k": 4, "prefetch": False},
    }
    done = {}
    for name, extra in runs.items():
        done[name] = run_child({**base, **extra, "task": "decode"}, limit, throttle=throttle)
    out["decode"] = done
    # The I/O-bound rate: the disk's bandwidth over the bytes a token NEEDS off the disk —
    # the fewest any run at that K read (page-cache hits cost no disk time; wasted prefetch
    # reads are the engine's cost, not the token's need).
    need: dict[int, float] = {}
    for r in done.values():
        if "error" not in r:
            disk = r["disk_bytes_per_token"] or r["bytes_per_token"]
            need[r["k"]] = min(need.get(r["k"], disk), disk)
    print(
        "\ndecode (tok/s | MB/token read / off disk | I/O-bound tok/s | ours / I/O-bound "
        "(on a disk that cannot bank idle time, est.) | compute-bound | "
        "ours / min(I/O, compute) | I/O : compute | cache hit | prefetch hit"
        " | I/O wait | cgroup peak incl. page cache)"
    )
    for name, r in done.items():
        if "error" in r:
            print(f"  {name:18s} FAILED: {r['error']}")
            continue
        disk = r["disk_bytes_per_token"] or r["bytes_per_token"]
        io_bound = disk_bw / max(1.0, need[r["k"]])
        c = warm[r["k"]]["tok_s"]
        # The throttle meters bytes per slice of time, so disk time left idle while the CPU
        # computes is partly banked; a real disk cannot bank it. Estimate of our time on one:
        # every byte we read at the disk's rate, plus all the time not spent waiting.
        unbanked = disk / disk_bw + (1.0 - r["io_wait_share"]) / r["tok_s"]
        r.update(
            io_bound_tok_s=io_bound,
            ratio_unbanked=1.0 / unbanked / io_bound,
            io_bound_tok_s_own_bytes=disk_bw / max(1.0, disk),
            ratio=r["tok_s"] / io_bound,
            compute_bound_tok_s=c,
            roofline_ratio=r["tok_s"] / min(io_bound, c),
            io_compute=c / io_bound,
        )
        print(
            f"  {name:18s} {r['tok_s']:5.2f} | {r['bytes_per_token'] / 1e6:5.1f} / "
            f"{disk / 1e6:5.1f} | {io_bound:5.2f} | {r['ratio']:.2f} ({r['ratio_unbanked']:.2f}) | "
            f"{c:5.2f} | "
            f"{r['roofline_ratio']:.2f} | {r['io_compute']:.1f}x | {r['cache_hit']:.0%} | "
            f"{r['prefetch_hit']:.0%} | {r['io_wait_share']:.0%} | {gb(r['cgroup_peak'])} of "
            f"{gb(limit)} ({gb(r['maxrss'])} RSS)"
        )

    print("\nrepacked layout vs checkpoint layout, same throttle and limit:")
    # 3b. The repack (a copy next to the shards, made once; never in place): one aligned
    # read per expert instead of nine unaligned slices.
    out["packed"] = packed_layout(m, index, limit, device, throttle, base)

    # 4. Prefill, throttled, in the limit, against token by token in the same run.
    prefill_limit = limit + PREFILL_ALLOWANCE
    out["prefill_limit"] = prefill_limit
    print(
        "\nprefill (time | bytes read / expert bytes | vs token by token | cgroup peak); limit "
        f"{gb(prefill_limit)} = 1/4.5 + {gb(PREFILL_ALLOWANCE)} for one chunk's activations"
    )
    tbt = run_child(
        {
            **base,
            "task": "prefill",
            "tokens": 512,
            "token_by_token": True,
            "tbt_tokens": MAC_TOKEN_BY_TOKEN,
            "prefetch": False,
        },
        prefill_limit,
        throttle=throttle,
    )
    out["token_by_token"] = tbt
    if "error" in tbt:
        print(f"  token-by-token baseline FAILED: {tbt['error']}")
        return out
    per_token = tbt["seconds"] / tbt["tokens"]
    tbt_bytes = tbt["bytes_read"] / tbt["tokens"]
    print(
        f"  token by token: {per_token:.2f} s/token ({tbt['io_wait_s'] / tbt['tokens']:.2f} s "
        f"waiting on reads), {tbt_bytes / 1e6:.1f} MB/token — measured over {tbt['tokens']} "
        "tokens, extrapolated to the prompt length"
    )
    out["prefill"] = {}
    for n in (512,) if args.quick else (512, 2000):
        r = run_child(
            {**base, "task": "prefill", "tokens": n, "prefetch": False},
            prefill_limit,
            throttle=throttle,
        )
        out["prefill"][n] = r
        if "error" in r:
            print(f"  {n:5d} tokens FAILED: {r['error']}")
            continue
        r.update(
            pass_ratio=r["bytes_read"] / expert_bytes,
            disk_pass_ratio=r["disk_bytes"] / expert_bytes,
            baseline_s=per_token * n,
            speedup=per_token * n / r["seconds"],
            bytes_saving=tbt_bytes * n / max(1, r["bytes_read"]),
            # What the speed-up would be if compute were free (the GPU's case): baseline
            # time vs the time the disk needs for the batched prefill's bytes.
            io_speedup=per_token * n / max(1e-9, r["disk_bytes"] / disk_bw),
        )
        print(
            f"  {n:5d} tokens: {r['seconds']:.1f} s ({r['io_wait_s']:.1f} s waiting on reads) | "
            f"{r['pass_ratio']:.2f} ({r['disk_pass_ratio']:.2f} off disk) | "
            f"{r['speedup']:.1f}x faster (baseline {r['baseline_s']:.0f} s, extrapolated), "
            f"{r['bytes_saving']:.0f}x fewer bytes, {r['io_speedup']:.0f}x if compute were free"
            f" | max reads of one expert {r['max_reads_per_expert']} | {gb(r['cgroup_peak'])} of"
            f" {gb(prefill_limit)} ({gb(r['maxrss'])} RSS)"
        )
    out["load_after"] = load_note()
    print(f"({load_note()})")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument(
        "--section",
        choices=("linux", "mac", "all"),
        default="all",
        help="linux: the 6.5 GB model, unthrottled (compute-bound here); mac: the 397B's "
        "routing shape on a throttled disk (I/O-bound as on a Mac); all: both (default)",
    )
    parser.add_argument("--quick", action="store_true", help="skip the 2000-token prefills")
    parser.add_argument(
        "--repack", action="store_true", help="linux: also repack (a copy) and compare bandwidth"
    )
    parser.add_argument("--bandwidth-only", action="store_true", help="only the disk figures")
    args = parser.parse_args()
    if args.child:
        child_main(args.child)
        return 0

    why = can_limit()
    if why:
        print(f"bench-stream skipped: {why}")
        return 0
    out = bench_dir() / "bench_stream_results.json"
    # Running one section keeps the other's last figures in the file.
    results: dict[str, Any] = {}
    if out.exists() and args.section != "all":
        results = json.loads(out.read_text())
    try:
        if args.section in ("linux", "all"):
            linux = {k: v for k, v in results.items() if k != "mac"}
            linux_section(args, linux)
            results = {**linux, **({"mac": results["mac"]} if "mac" in results else {})}
        if args.section in ("mac", "all"):
            mac = mac_section(args)
            if mac is not None:
                results["mac"] = mac
    finally:
        for group in (CGROUP, BLKIO):
            if group.exists():
                group.rmdir()
    bench_dir().mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nfigures saved to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
