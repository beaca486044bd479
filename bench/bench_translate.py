"""`make bench-translate`: the translator workspace on a large project, on this machine.

A synthetic, deterministic project (mixed Japanese/Chinese/English text): a 5,000-segment
document, a 500-term glossary and a 20,000-pair translation memory. Measured: segmentation
of the whole document, memory indexing, memory lookup latency per segment (p50/p95; target
p95 < 20 ms), glossary matching and the missing-term check, and the billing counts the page
updates on every edit. Each figure is printed with a baseline measured in the same run: a
naive regex split, a brute-force memory scan (on a sample), a plain substring loop over
every term, and a full recount of the document for each edit.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from itertools import accumulate

from airgap.translate.counts import SegmentCounts, count_segments
from airgap.translate.document import Segment
from airgap.translate.folding import fold_with_map
from airgap.translate.glossary import Glossary, Term
from airgap.translate.memory import TranslationMemory, fuzzy_key, key_similarity
from airgap.translate.segmenter import split

SEGMENTS = 5000
TERMS = 500
MEMORY = 20000
SEED = 20261129
RECALL_SAMPLE = 15
EDITS = 200

KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん"
)
FUNCTION_WORDS = ["the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "with", "as"]


class Vocabulary:
    """Zipf-distributed synthetic words: ideographs for CJK, syllables for English."""

    def __init__(self, rng: random.Random) -> None:
        self.han = [chr(0x4E00 + k * 7) for k in range(2500)]
        syllables = [c + v for c in "bcdfghklmnprstvwz" for v in "aeiou"]
        words: set[str] = set()
        while len(words) < 3000:
            words.add("".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))))
        self.english = FUNCTION_WORDS + sorted(words)
        self.han_weights = list(accumulate(1 / (k + 1) for k in range(len(self.han))))
        self.en_weights = list(accumulate(1 / (k + 1) for k in range(len(self.english))))

    def cjk_word(self, rng: random.Random) -> str:
        n = rng.randint(2, 4)
        return "".join(rng.choices(self.han, cum_weights=self.han_weights, k=n))

    def en_words(self, rng: random.Random, n: int) -> list[str]:
        return rng.choices(self.english, cum_weights=self.en_weights, k=n)


def sentence(rng: random.Random, vocab: Vocabulary) -> str:
    if rng.random() < 0.6:
        parts = []
        for _ in range(rng.randint(4, 9)):
            parts.append(vocab.cjk_word(rng) + rng.choice(KANA) * rng.randint(1, 2))
        if rng.random() < 0.3:
            word = vocab.en_words(rng, 1)[0].upper()
            parts.insert(rng.randint(0, len(parts)), f" {word} ")
        return "".join(parts) + rng.choice("。！？")
    words = vocab.en_words(rng, rng.randint(6, 16))
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words)), vocab.cjk_word(rng))
    return " ".join(words).capitalize() + rng.choice(".!?")


def mutate(text: str, rng: random.Random, edits: int, vocab: Vocabulary) -> str:
    chars = list(text[:-1])
    for _ in range(edits):
        k = rng.randrange(1, len(chars))  # the first letter stays (a capital starts a sentence)
        chars[k] = rng.choice(vocab.han) if ord(chars[k]) > 0x2E80 else rng.choice("abcdefghij")
    return "".join(chars) + text[-1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    rng = random.Random(SEED)
    vocab = Vocabulary(rng)
    memory_sources = [sentence(rng, vocab) for _ in range(MEMORY)]
    document_segments: list[str] = []
    for _ in range(SEGMENTS):
        roll = rng.random()
        if roll < 0.2:
            document_segments.append(rng.choice(memory_sources))  # exact
        elif roll < 0.6:
            document_segments.append(
                mutate(rng.choice(memory_sources), rng, rng.randint(1, 3), vocab)
            )
        else:
            document_segments.append(sentence(rng, vocab))
    # Paragraphs of five sentences; English sentences are separated by a space.
    paragraphs = []
    for k in range(0, SEGMENTS, 5):
        paragraphs.append(" ".join(document_segments[k : k + 5]))
    text = "\n\n".join(paragraphs)
    terms: list[Term] = []
    seen: set[str] = set()
    while len(terms) < TERMS:
        source = vocab.cjk_word(rng) if rng.random() < 0.7 else " ".join(vocab.en_words(rng, 2))
        if source not in seen:
            seen.add(source)
            terms.append(Term(source, f"T{len(terms)}", case_sensitive=rng.random() < 0.1))
    print(
        f"project: {SEGMENTS:,} segments ({len(text):,} characters), {TERMS} terms, "
        f"{MEMORY:,} memory pairs"
    )

    # ---------------------------------------------------------------- segmentation
    t0 = time.perf_counter()
    found = split(text)
    seg_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    naive = [s for s in re.split(r"(?<=[。！？.!?])\s*", text) if s.strip()]
    naive_s = time.perf_counter() - t0
    print(
        f"segmentation: {seg_s * 1000:.0f} ms for {len(found):,} sentences "
        f"({seg_s / len(found) * 1e6:.0f} µs each; naive regex split {naive_s * 1000:.0f} ms, "
        f"{len(naive):,} pieces; ratio {seg_s / naive_s:.1f}x)"
    )

    # ---------------------------------------------------------------- memory
    t0 = time.perf_counter()
    tm = TranslationMemory()
    for k, source in enumerate(memory_sources):
        tm.add_pair(source, f"target {k}", "ja", "en")
    index_s = time.perf_counter() - t0
    print(f"memory: indexed {len(tm):,} pairs in {index_s:.2f} s")
    latencies: list[float] = []
    cpu: list[float] = []
    exact = fuzzy = 0
    for source in document_segments:
        w0, c0 = time.perf_counter(), time.thread_time()
        matches = tm.lookup(source, "ja", "en", limit=3)
        cpu.append((time.thread_time() - c0) * 1000)
        latencies.append((time.perf_counter() - w0) * 1000)
        if matches and matches[0].exact:
            exact += 1
        elif matches:
            fuzzy += 1
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    verdict = "OK" if p95 < 20 else "OVER TARGET"
    print(
        f"memory lookup (wall): p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {max(latencies):.2f} ms "
        f"(target p95 < 20 ms: {verdict}); {exact:,} exact, {fuzzy:,} fuzzy ≥ 70%"
    )
    print(
        f"memory lookup (CPU time of this thread, not counting other processes): "
        f"p50 {percentile(cpu, 50):.2f} ms, p95 {percentile(cpu, 95):.2f} ms, "
        f"mean {statistics.fmean(cpu):.2f} ms"
    )
    # Baseline: score every pair by edit distance (what the index avoids), on a sample;
    # it also tells whether the index found the best fuzzy match (recall).
    keys = [fuzzy_key(s) for s in memory_sources]
    sample = [s for s in document_segments if not tm.exact(s, "ja", "en")][:RECALL_SAMPLE]
    found_best = has_match = 0
    t0 = time.perf_counter()
    for source in sample:
        key = fuzzy_key(source)
        best = max(key_similarity(key, other) for other in keys)
        if best >= 70:
            has_match += 1
            got = tm.lookup(source, "ja", "en", limit=1)
            found_best += bool(got) and got[0].score >= min(best, 99)
    brute_ms = (time.perf_counter() - t0) * 1000 / len(sample)
    print(
        f"  baseline brute-force scan of all {len(keys):,} pairs: {brute_ms:.0f} ms per segment "
        f"(the index is {brute_ms / p50:.0f}x faster at p50); the index found the best "
        f"fuzzy match for {found_best} of {has_match} sampled segments that have one"
    )

    # ---------------------------------------------------------------- glossary
    t0 = time.perf_counter()
    fold_with_map("…")  # builds the one-time table of irregular characters
    table_s = time.perf_counter() - t0
    glossary = Glossary(terms)
    t0 = time.perf_counter()
    hits = sum(len(glossary.terms_in(s)) for s in document_segments)
    match_s = time.perf_counter() - t0
    targets = [s[: len(s) // 2] for s in document_segments]  # half the terms go missing
    t0 = time.perf_counter()
    missing = sum(
        len(glossary.missing(s, t)) for s, t in zip(document_segments, targets, strict=True)
    )
    check_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    folded = [s.casefold() for s in document_segments]
    naive_hits = sum(1 for s in folded for term in terms if term.source.casefold() in s)
    naive_s = time.perf_counter() - t0
    print(
        f"glossary: matching {match_s * 1000:.0f} ms ({hits:,} term hits; naive substring loop "
        f"{naive_s * 1000:.0f} ms, {naive_hits:,} hits; ratio {match_s / naive_s:.2f}x)"
    )
    print(f"  (one-time folding table, built at first use: {table_s * 1000:.0f} ms)")
    print(
        f"glossary check (match + missing targets): {check_s * 1000:.0f} ms for "
        f"{SEGMENTS:,} segments ({check_s / SEGMENTS * 1e6:.0f} µs each), {missing:,} flagged"
    )

    # ---------------------------------------------------------------- billing counts
    segments = [
        Segment(f"s{k}", source, target=f"target {k}") for k, source in enumerate(document_segments)
    ]
    full: list[float] = []
    for _ in range(5):
        t0 = time.perf_counter()
        expected = count_segments(segments, "ja", "en")
        full.append(time.perf_counter() - t0)
    cached = SegmentCounts()
    t0 = time.perf_counter()
    cached.update(segments, "ja", "en")
    first_s = time.perf_counter() - t0
    edits: list[float] = []
    for k in range(EDITS):  # the translator types in one target after another
        segment = segments[rng.randrange(len(segments))]
        segment.target = f"edited {k} " + segment.target
        t0 = time.perf_counter()
        totals = cached.update(segments, "ja", "en")
        edits.append(time.perf_counter() - t0)
    expected = count_segments(segments, "ja", "en")
    same = (
        "equal"
        if (totals.source, totals.target) == (expected.source, expected.target)
        else "DIFFERENT"
    )
    full_ms, edit_ms = statistics.median(full) * 1000, statistics.median(edits) * 1000
    print(
        f"billing counts: full recount of {SEGMENTS:,} segments {full_ms:.0f} ms; after one edit "
        f"{edit_ms:.2f} ms (median of {EDITS}; {full_ms / edit_ms:.0f}x less work per edit; "
        f"first count with the cache {first_s * 1000:.0f} ms; totals {same} to a full recount)"
    )


if __name__ == "__main__":
    main()
