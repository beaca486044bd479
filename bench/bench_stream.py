"""make bench-stream: SSD expert streaming on a synthetic Qwen3.5-MoE (DESIGN.md §3, issue 4).

A Qwen3.5-MoE-shaped checkpoint in mlx-lm's layout (4-bit experts, >= 6 GB of routed
experts, top-8) is generated once under $AIRGAP_BENCH_DIR (default ~/.cache/airgap-bench),
shard by shard. Every measurement then runs in a fresh child process inside a cgroup-v1
memory limit of 1/4.5 of the expert bytes (the 217 GB : 48 GB ratio of the 397B on a
48 GB Mac), with the page cache dropped first. Figures are printed as ratios against
baselines measured in the same run: the disk's bandwidth (-> the I/O-bound tok/s), a
token-by-token prefill, and the stock mlx-lm resident load in the same limit.

Needs root for the cgroup and drop_caches; without them it says so and stops.
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

# Expert shape of Qwen3.5-35B-A3B's hidden size with a narrower expert, many experts per
# layer: a CPU can compute it, and 2 MoE layers x 3328 experts x 0.98 MB = 6.5 GB on disk.
SPEC: dict[str, Any] = {
    "name": "qwen35-moe-synth-6.5g-v1",
    "hidden": 2048,
    "layers": 2,  # full_attention_interval 2: one Gated DeltaNet layer, one attention layer
    "experts": 3328,
    "top_k": 8,
    "moe_inter": 256,
    "vocab": 4096,
    "group_size": 64,
    "bits": 4,
}
DECODE_TOKENS = 40
TOKEN_BY_TOKEN = 64  # enough tokens (>1 GB read) that page-cache reclaim is included


# ---------------------------------------------------------------------- the synthetic model


def bench_dir() -> Path:
    base = os.environ.get("AIRGAP_BENCH_DIR")
    return Path(base) if base else Path.home() / ".cache" / "airgap-bench"


def model_config() -> dict[str, Any]:
    s = SPEC
    text = {
        "model_type": "qwen3_5_moe_text",
        "hidden_size": s["hidden"],
        "intermediate_size": s["hidden"] * 2,
        "num_hidden_layers": s["layers"],
        "num_attention_heads": 16,
        "num_key_value_heads": 2,
        "head_dim": 128,
        "rms_norm_eps": 1e-6,
        "vocab_size": s["vocab"],
        "max_position_embeddings": 8192,
        "linear_num_value_heads": 16,
        "linear_num_key_heads": 8,
        "linear_key_head_dim": 64,
        "linear_value_head_dim": 64,
        "linear_conv_kernel_dim": 4,
        "full_attention_interval": 2,
        "tie_word_embeddings": False,
        "attention_bias": False,
        "num_experts": s["experts"],
        "num_experts_per_tok": s["top_k"],
        "decoder_sparse_step": 1,
        "moe_intermediate_size": s["moe_inter"],
        "shared_expert_intermediate_size": 512,
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


def build_model(dest: Path) -> Path:
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
    s = SPEC
    config = model_config()
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
        use_repack=False,
    )
    model, _, streamer = load_streaming(Path(task["model"]), config)
    if task.get("zipf"):
        _zipf_bias(model, float(task["zipf"]), seed=1)
    return model, streamer


def _tokens(n: int, seed: int) -> Any:
    import mlx.core as mx
    import numpy as np

    return mx.array(np.random.default_rng(seed).integers(0, SPEC["vocab"], (1, n)))


def child_decode(task: dict[str, Any]) -> dict[str, Any]:
    import mlx.core as mx

    model, streamer = _load(task)
    cache = model.make_cache()
    mx.eval(model(_tokens(16, 0), cache=cache))
    # Random next tokens (not greedy): a random model's greedy text loops, which would
    # flatter the cache with repeated routing.
    feed = _tokens(DECODE_TOKENS, 1)[0].tolist()
    before = streamer.snapshot()
    start = time.perf_counter()
    for t in feed:
        logits = model(mx.array([[t]]), cache=cache)
        mx.eval(logits[:, -1].argmax(-1))
    elapsed = time.perf_counter() - start
    stats = streamer.stats_since(before)
    after = streamer.snapshot()
    return {
        "tok_s": DECODE_TOKENS / elapsed,
        "bytes_per_token": stats.bytes_read_per_token,
        "cache_hit": stats.cache_hit_rate,
        "prefetch_hit": stats.prefetch_hit_rate,
        "io_wait_share": stats.io_wait_share,
        "compute_s_per_token": (elapsed - (after.io_wait_s - before.io_wait_s)) / DECODE_TOKENS,
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
    start = time.perf_counter()
    max_reads = 0
    if task.get("token_by_token"):
        n = TOKEN_BY_TOKEN
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
    rng = np.random.default_rng(5)
    start = time.perf_counter()
    while reader.bytes_read < task["bytes"]:
        layer = int(rng.integers(len(index.layers)))
        experts = rng.choice(index.num_experts, size=64, replace=False)
        reader.read(layer, experts, np.arange(64))
    bw = reader.bytes_read / (time.perf_counter() - start)
    reader.close()
    return {"bw": bw}


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


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def run_child(task: dict[str, Any], limit: int, timeout: float = 900) -> dict[str, Any]:
    """Run one measurement in a fresh process inside the memory cgroup, caches dropped."""
    CGROUP.mkdir(exist_ok=True)
    (CGROUP / "memory.limit_in_bytes").write_text(str(limit))
    (CGROUP / "memory.max_usage_in_bytes").write_text("0")
    (CGROUP / "memory.failcnt").write_text("0")
    drop_caches()

    def enter() -> None:
        (CGROUP / "cgroup.procs").write_text(str(os.getpid()))

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
    peak = int((CGROUP / "memory.max_usage_in_bytes").read_text())
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="skip the 2000-token prefill")
    parser.add_argument(
        "--repack", action="store_true", help="also repack (once) and compare read bandwidth"
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
    model_dir = build_model(bench_dir() / SPEC["name"])
    from airgap.engine.experts import build_index
    from airgap.engine.experts.repack import packed_index, repack

    index = build_index(model_dir)
    if args.repack and packed_index(index) is None:
        print("repacking the experts (once) ...", flush=True)
        repack(index)
    expert_bytes = index.total_bytes
    limit = int(expert_bytes / 4.5)
    budget = int(limit * 0.75)
    pool = int(limit * 0.2)
    m = str(model_dir)
    print(
        f"model: {SPEC['layers']} MoE layers x {index.num_experts} experts x "
        f"{index.expert_bytes / 1e6:.2f} MB = {gb(expert_bytes)} routed experts (4-bit), "
        f"top-{SPEC['top_k']}; memory limit {gb(limit)} (1/4.5), expert pool {gb(pool)}"
    )
    results: dict[str, Any] = {"spec": SPEC, "expert_bytes": expert_bytes, "limit": limit}

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
        CGROUP.rmdir()
        return 0
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
        "\ndecode (tok/s | MB/token | I/O-bound tok/s | ratio | compute-bound tok/s | "
        "cache hit | prefetch hit | I/O wait | cgroup peak incl. page cache)"
    )
    for name, extra in decode_runs.items():
        r = run_child({**base, **extra, "task": "decode"}, limit)
        results["decode"][name] = r
        if "error" in r:
            print(f"  {name:28s} FAILED: {r['error']}")
            continue
        io_bound = bw["random_expert_bw"] / max(1.0, r["bytes_per_token"])
        compute_bound = 1.0 / r["compute_s_per_token"]
        r["io_bound_tok_s"] = io_bound
        r["ratio"] = r["tok_s"] / io_bound
        print(
            f"  {name:28s} {r['tok_s']:6.2f} | {r['bytes_per_token'] / 1e6:6.1f} | "
            f"{io_bound:6.1f} | {r['ratio']:.2f} | {compute_bound:6.1f} | "
            f"{r['cache_hit']:.0%} | {r['prefetch_hit']:.0%} | {r['io_wait_share']:.0%} | "
            f"{gb(r['cgroup_peak'])} ({gb(r['maxrss'])} RSS)"
        )

    print("\nprefill (seconds | bytes read / expert bytes | vs token-by-token | cgroup peak)")
    tbt = run_child({**base, "task": "prefill", "tokens": 512, "token_by_token": True}, limit)
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
    out = bench_dir() / "bench_stream_results.json"
    out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nfigures saved to {out}")
    CGROUP.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
