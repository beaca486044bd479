"""Store benchmark (`make bench-store`): 100,000 messages of mixed English / Chinese /
Japanese / Korean text, built twice (encrypted with SQLCipher, and plain SQLite as the
baseline measured in the same run). Prints:

- bulk import rate (our JSON import path, one transaction per batch)
- search latency p50 / p95 for 1-2 character CJK, longer CJK, mixed and English queries
  (target p95 < 50 ms on a 2-core machine)
- streamed-reply insert throughput: committed updates per second with the real durability
  settings (WAL, synchronous=FULL), against the ~4 updates/s the recorder issues
- database size against the raw text size
- the cost of encryption as ratios (encrypted / plain) for each of the above
- open time (with quick_check) of the full database

Usage: python bench/bench_store.py [--messages N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from airgap.engine.api import FinishReason
from airgap.store import Keychain, Store, db
from airgap.store._driver import dbapi

# After the installed packages: tests/airgap.py must not shadow the real package.
sys.path.append(str(Path(__file__).resolve().parents[1] / "tests"))
from memory_keyring import MemoryKeyring

MESSAGES_PER_CONVERSATION = 50
BATCH_CONVERSATIONS = 40


def _words(text: str) -> list[str]:
    return text.split()


EN = _words(
    "the model runs locally on apple silicon with unified memory and streams experts "
    "from the ssd so large mixture of experts networks fit in less ram than their "
    "weights need quantization keeps quality while the cache reuses the prompt "
    "prefix between turns search should find every word you wrote even years later "
    "offline private fast database encryption key recovery backup export import "
    "markdown json conversation answer question reasoning thinking token context "
    "window temperature sampling python code function error install download network "
    "privacy translate summary"
)
ZH = _words(
    "我们 模型 本地 推理 速度 很快 学习 中文 数据库 加密 搜索 对话 问题 回答 翻译 "
    "今天 天气 北京 上海 工作 时间 文件 系统 安全 隐私 网络 离线 下载 安装 代码 函数 "
    "错误 用户 电脑 内存 硬盘 专家 混合 量化 质量 缓存 提示 上下文 温度 采样 思考 "
    "推理过程 总结 结果 方法 需要 可以 没有 这个 那个 因为 所以 但是 如果"
)
ZH_PUNCT = ["，", "。", "、", "？", "！"]
JA = _words(
    "東京 大阪 京都 翻訳 日本語 勉強 会社 電車 天気 予定 会議 資料 確認 お願い "
    "データベース 検索 暗号化 モデル ローカル 推論 速度 メモリ コンピュータ ファイル "
    "は が を に で と も から まで です ます でした ません について ください とても "
    "少し 早く 新しい 古い 大きい 小さい 使う 書く 読む 見る 作る 考える"
)
JA_PUNCT = ["、", "。", "？"]
KO = _words(
    "한국 한국어 공부 서울 부산 날씨 회의 자료 확인 부탁 데이터베이스 검색 암호화 "
    "모델 로컬 추론 속도 메모리 컴퓨터 파일 번역 질문 대답 사용자 시간 오늘 내일 "
    "합니다 했습니다 입니다 있어요 없어요 좋아요 그리고 하지만 그래서 정말 아주 빨리"
)

QUERIES: dict[str, list[str]] = {
    "CJK 1-char": ["学", "中", "東", "語", "한", "速"],
    "CJK 2-char": ["東京", "翻訳", "한국", "模型", "推理", "検索"],
    "CJK longer": ["推理过程", "データベース", "한국어 공부", "暗号化"],
    "mixed": ["Qwen 模型", "MLX 推論", "Python 모델"],
    "English": ["model", "offline search", "apple silicon", "encryption key recovery"],
}


def _sentence(rng: random.Random, lang: str, n_chars: int) -> str:
    out: list[str] = []
    size = 0
    while size < n_chars:
        if lang == "en":
            words = [rng.choice(EN) for _ in range(rng.randint(5, 14))]
            s = " ".join(words).capitalize() + rng.choice([". ", "? ", "! "])
        elif lang == "zh":
            s = "".join(rng.choice(ZH) for _ in range(rng.randint(4, 10))) + rng.choice(ZH_PUNCT)
        elif lang == "ja":
            s = "".join(rng.choice(JA) for _ in range(rng.randint(4, 10))) + rng.choice(JA_PUNCT)
        else:
            s = " ".join(rng.choice(KO) for _ in range(rng.randint(3, 8))) + ". "
        if rng.random() < 0.08:  # product names and code words inside CJK text
            s = rng.choice(["Qwen ", "MLX ", "Python ", "SQLite "]) + s
        out.append(s)
        size += len(s)
    return "".join(out)


def _length(rng: random.Random, role: str) -> int:
    if role == "user":
        return int(min(1500, rng.lognormvariate(4.3, 0.8)))  # median ~75 chars
    return int(min(6000, rng.lognormvariate(6.3, 0.7)))  # median ~550 chars


def make_dataset(n_messages: int, seed: int = 7) -> tuple[list[dict[str, Any]], int]:
    """Airgap-format conversations and the raw UTF-8 size of all their text."""
    rng = random.Random(seed)
    conversations = []
    raw = 0
    t0 = 1_700_000_000.0
    n_conv = max(1, n_messages // MESSAGES_PER_CONVERSATION)
    for c in range(n_conv):
        lang = rng.choices(["en", "zh", "ja", "ko"], weights=[40, 25, 20, 15])[0]
        messages = []
        for i in range(MESSAGES_PER_CONVERSATION):
            role = "user" if i % 2 == 0 else "assistant"
            text = _sentence(rng, lang, _length(rng, role))
            reasoning = ""
            if role == "assistant" and rng.random() < 0.3:
                reasoning = _sentence(rng, lang, _length(rng, "assistant") // 2)
            raw += len(text.encode()) + len(reasoning.encode())
            t = t0 + c * 3600 + i * 30
            messages.append(
                {
                    "id": i + 1,
                    "parent": i if i else None,
                    "role": role,
                    "content": text,
                    "reasoning": reasoning,
                    "model_id": "qwen3.5-9b" if role == "assistant" else "",
                    "thinking": bool(reasoning),
                    "finish_reason": "stop" if role == "assistant" else None,
                    "error": None,
                    "stats": None,
                    "created_at": t,
                    "updated_at": t,
                }
            )
        title = _sentence(rng, lang, 20)[:40]
        raw += len(title.encode())
        conversations.append(
            {
                "uuid": f"bench-{c}",
                "title": title,
                "created_at": t0 + c * 3600,
                "updated_at": t0 + c * 3600 + 1500,
                "model_id": "qwen3.5-9b",
                "system_prompt": "",
                "settings": {},
                "thinking": False,
                "pinned": False,
                "archived": False,
                "selected_leaf": MESSAGES_PER_CONVERSATION,
                "messages": messages,
            }
        )
    return conversations, raw


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _import(store: Store, conversations: list[dict[str, Any]]) -> tuple[int, float]:
    """(messages, seconds) through the JSON import path, one transaction per batch."""
    messages = 0
    t = time.perf_counter()
    for i in range(0, len(conversations), BATCH_CONVERSATIONS):
        batch = conversations[i : i + BATCH_CONVERSATIONS]
        messages += store.import_data(
            {"format": "airgap", "version": 1, "conversations": batch}
        ).messages
    return messages, time.perf_counter() - t


def _stream_updates(store: Store, n: int = 300) -> float:
    """Committed append_reply calls per second (WAL, synchronous=FULL)."""
    conv = store.create_conversation("stream")
    store.add_user_message(conv.id, "Write a long story.")
    reply = store.begin_reply(conv.id)
    t = time.perf_counter()
    for i in range(n):
        store.append_reply(reply.id, f" token{i} 故事 이야기")
    rate = n / (time.perf_counter() - t)
    store.finish_reply(reply.id, FinishReason.STOP)
    return rate


def _plain_copy(encrypted: Path, key: bytes, plain: Path) -> None:
    """The same database, unencrypted (sqlcipher_export): the baseline for search and size."""
    conn = dbapi.connect(str(encrypted), isolation_level=None)
    conn.execute(db.key_pragma(key))
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def _timed_open(path: Path, chain: Keychain, encrypted: bool, check: bool) -> float:
    t = time.perf_counter()
    Store.open(path, keychain=chain, encrypted=encrypted, check=check).close()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument(
        "--compare",
        type=int,
        default=10_000,
        help="messages imported both ways to price encryption on writes",
    )
    parser.add_argument("--keep", type=Path, default=None, help="keep the databases here")
    args = parser.parse_args()

    t0 = time.perf_counter()
    conversations, raw = make_dataset(args.messages)
    n = len(conversations) * MESSAGES_PER_CONVERSATION
    print(
        f"dataset: {n:,} messages in {len(conversations):,} conversations, "
        f"{raw / 1e6:.1f} MB of UTF-8 text ({time.perf_counter() - t0:.0f} s to generate)"
    )
    folder = args.keep or Path(tempfile.mkdtemp(prefix="airgap-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, float, float, str]] = []
    try:
        chain = Keychain(MemoryKeyring())
        enc_path, plain_path = folder / "encrypted.db", folder / "plain.db"
        enc = Store.open(enc_path, keychain=chain)
        first = conversations[: max(1, args.compare // MESSAGES_PER_CONVERSATION)]

        # 1. Writes, both ways on the same conversations.
        sub = Store.open(folder / "compare-plain.db", encrypted=False)
        m_plain, s_plain = _import(sub, first)
        m_enc, s_enc = _import(enc, first)
        rows.append(
            (f"bulk import, first {m_enc} (msg/s)", m_enc / s_enc, m_plain / s_plain, ",.0f")
        )
        rows.append(
            ("streamed updates/s (FULL sync)", _stream_updates(enc), _stream_updates(sub), ",.0f")
        )
        sub.close()
        m_rest, s_rest = _import(enc, conversations[len(first) :])
        total_msgs, total_s = m_enc + m_rest, s_enc + s_rest
        print(
            f"imported {total_msgs:,} messages encrypted in {total_s:.0f} s "
            f"({total_msgs / total_s:,.0f} msg/s)"
        )
        enc.close()
        key = chain.get()
        assert key is not None
        _plain_copy(enc_path, key, plain_path)

        # 2. Search on the full database, encrypted and plain, interleaved.
        enc = Store.open(enc_path, keychain=chain)
        plain = Store.open(plain_path, encrypted=False)
        # Wall time, and this process's CPU time: on a shared machine the CPU time is what
        # the same search costs when the cores are free.
        lat: dict[str, dict[str, list[float]]] = {"enc": {}, "plain": {}}
        cpu: dict[str, list[float]] = {"enc": [], "plain": []}
        hits: dict[str, int] = {}
        for category, queries in QUERIES.items():
            for side in lat.values():
                side[category] = []
            for q in queries:
                hits[q] = len(enc.search(q))
                plain.search(q)  # warm both page caches
                for _ in range(5):
                    for name, store in (("enc", enc), ("plain", plain)):
                        t, c = time.perf_counter(), time.process_time()
                        store.search(q, limit=50)
                        lat[name][category].append(time.perf_counter() - t)
                        cpu[name].append(time.process_time() - c)
        enc.close()
        plain.close()
        for category in QUERIES:
            e, p = lat["enc"][category], lat["plain"][category]
            rows.append(
                (
                    f"search {category} p50 (ms)",
                    statistics.median(e) * 1e3,
                    statistics.median(p) * 1e3,
                    ".1f",
                )
            )
            rows.append(
                (f"search {category} p95 (ms)", _pct(e, 0.95) * 1e3, _pct(p, 0.95) * 1e3, ".1f")
            )
        all_e = [x for v in lat["enc"].values() for x in v]
        all_p = [x for v in lat["plain"].values() for x in v]
        rows.append(
            (
                "search all p50 (ms)",
                statistics.median(all_e) * 1e3,
                statistics.median(all_p) * 1e3,
                ".1f",
            )
        )
        rows.append(
            ("search all p95 (ms)", _pct(all_e, 0.95) * 1e3, _pct(all_p, 0.95) * 1e3, ".1f")
        )
        for label, q in (("p50", 0.5), ("p95", 0.95)):
            rows.append(
                (
                    f"search all {label}, CPU time (ms)",
                    _pct(cpu["enc"], q) * 1e3,
                    _pct(cpu["plain"], q) * 1e3,
                    ".1f",
                )
            )

        # 3. Size and opening.
        e_size, p_size = enc_path.stat().st_size, plain_path.stat().st_size
        rows.append(("database size (MB)", e_size / 1e6, p_size / 1e6, ".1f"))
        rows.append(("size / raw text", e_size / raw, p_size / raw, ".2f"))
        rows.append(
            (
                "open (ms)",
                _timed_open(enc_path, chain, True, False) * 1e3,
                _timed_open(plain_path, chain, False, False) * 1e3,
                ".0f",
            )
        )
        rows.append(
            (
                "open with quick_check (ms)",
                _timed_open(enc_path, chain, True, True) * 1e3,
                _timed_open(plain_path, chain, False, True) * 1e3,
                ".0f",
            )
        )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)

    print()
    print(f"{'':36}{'encrypted':>11}{'plain':>11}{'enc/plain':>10}")
    for name, a, b, fmt in rows:
        ratio = a / b if b else float("nan")
        print(f"{name:36}{format(a, fmt):>11}{format(b, fmt):>11}{ratio:>10.2f}")
    p95 = _pct(all_e, 0.95) * 1e3
    updates = rows[1][1]
    print()
    cpu95 = _pct(cpu["enc"], 0.95) * 1e3
    print(
        f"search p95 (encrypted) {p95:.1f} ms wall = {p95 / 50:.2f}x the 50 ms target; "
        f"{cpu95:.1f} ms CPU = {cpu95 / 50:.2f}x"
    )
    print(f"streamed updates: {updates / 4:.0f}x the ~4 committed updates/s the recorder issues")
    print("hits per query (limit 50):", ", ".join(f"{q}={h}" for q, h in hits.items()))
    load = os.getloadavg()[0]
    print(
        f"load average {load:.1f} on {os.cpu_count()} CPUs; total {time.perf_counter() - t0:.0f} s"
    )


if __name__ == "__main__":
    main()
