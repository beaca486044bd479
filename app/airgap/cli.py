"""The headless front end: `airgap chat | ask | models | import-gguf | repack`, plus the model
commands from airgap.downloads (`catalog | download | import | verify | doctor`) and the
conversation store's `import` (a .json / .zip file) `| export | backup`.

Each subcommand is one entry in COMMANDS (name -> help, argument setup, runner), so a new
one is a small addition. Engine modules import mlx, so they are imported inside the
runners: `airgap --help` and commands that do not need a model stay fast.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from airgap.downloads import commands as model_commands
from airgap.engine.api import (
    CancelToken,
    ChatMessage,
    Done,
    EngineError,
    Event,
    FinishReason,
    GenerationRequest,
    InvalidSettings,
    ReasoningDelta,
    Role,
    SamplingSettings,
    TextDelta,
    ThinkingSupport,
)
from airgap.text import clean_text

if TYPE_CHECKING:
    from airgap.engine.session import Session

EXIT_OK = 0
EXIT_ERROR = 1  # the model, the engine or a file failed; one line on stderr says why
EXIT_USAGE = 2  # also option values out of range (InvalidSettings)
EXIT_INTERRUPTED = 130

EPILOG = """\
exit codes:
  0    success
  1    the model, the engine or a file failed (one line on stderr says why)
  2    wrong usage (unknown command, bad option or option value)
  130  interrupted (Ctrl-C)

Without a command, `python -m airgap` starts `chat`. Models are folders under the data
directory's models/ (see `airgap models`); --model also takes a path.
"""

DIM, RESET = "\x1b[2m", "\x1b[0m"


@dataclass(frozen=True)
class Command:
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# ------------------------------------------------------------------ shared options


def _model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model",
        metavar="ID|PATH",
        help="an installed model id or a model folder (default: the embedded SmolLM2)",
    )
    parser.add_argument(
        "--thinking",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="let the model reason before answering (models that support it; default off)",
    )
    parser.add_argument("--max-tokens", type=int, metavar="N", help="longest answer in tokens")
    parser.add_argument("--temp", type=float, metavar="T", help="temperature (0 = greedy)")
    parser.add_argument("--seed", type=int, metavar="N", help="random seed for sampling")
    parser.add_argument("--system", metavar="TEXT", default="", help="system prompt")


def _open_session(args: argparse.Namespace) -> Session:
    from airgap.engine import loader
    from airgap.engine.session import Session

    path = loader.resolve(args.model) if args.model else _default_model()
    return Session(loader.load(path))


def _default_model() -> Path:
    try:
        from airgap.engine.default_model import ensure_default_model
    except ImportError as exc:
        raise EngineError(
            "The embedded default model is not available in this build; pass --model."
        ) from exc
    return Path(ensure_default_model())


def _sampling(args: argparse.Namespace, session: Session, thinking: bool) -> SamplingSettings:
    settings = session.loaded.default_sampling(thinking)
    if args.temp is not None:
        settings = settings.with_(temperature=args.temp)
    if args.max_tokens is not None:
        settings = settings.with_(max_tokens=args.max_tokens)
    if args.seed is not None:
        settings = settings.with_(seed=args.seed)
    settings.validate()
    return settings


def _warn_no_thinking(session: Session, thinking: bool, err: TextIO) -> None:
    if thinking and session.model.thinking is ThinkingSupport.NONE:
        print(
            f"airgap: {session.model.model_id} cannot think; it answers directly.",
            file=err,
        )


# ------------------------------------------------------------------ ask


def _configure_ask(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("prompt", nargs="+", help="the question ('-' reads it from stdin)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: answer, reasoning, finish_reason, error, stats",
    )
    _model_options(parser)


def _run_ask(args: argparse.Namespace) -> int:
    text = " ".join(args.prompt)
    if text == "-":
        text = sys.stdin.read()
    session = _open_session(args)
    _warn_no_thinking(session, args.thinking, sys.stderr)
    request = GenerationRequest(
        messages=[ChatMessage(Role.USER, clean_text(text))],
        system_prompt=args.system,
        thinking=args.thinking,
        sampling=_sampling(args, session, args.thinking),
    )
    answer, reasoning, done = _print_stream(
        session.stream(request, CancelToken()),
        out=None if args.json else sys.stdout,
        reasoning_out=None if args.json else sys.stderr,
    )
    if args.json:
        result = {
            "model": session.model.model_id,
            "answer": answer,
            "reasoning": reasoning,
            "finish_reason": done.finish_reason.value,
            "error": done.error,
            "stats": _stats_dict(done),
        }
        print(json.dumps(result, ensure_ascii=False))
    elif answer and not answer.endswith("\n"):
        print()
    if done.finish_reason is FinishReason.ERROR:
        if not args.json:
            print(f"airgap: {done.error}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _stats_dict(done: Done) -> dict[str, Any]:
    stats = asdict(done.stats)
    stats["peak_memory_bytes"] = int(stats["peak_memory_bytes"])
    return stats


def _print_stream(
    events: Iterator[Event], *, out: TextIO | None, reasoning_out: TextIO | None
) -> tuple[str, str, Done]:
    """Print answer text to `out` and reasoning (dimmed on a terminal) to `reasoning_out`."""
    answer, reasoning = [], []
    reasoning_open = False
    for event in events:
        if isinstance(event, ReasoningDelta):
            reasoning.append(event.text)
            if reasoning_out is not None:
                if not reasoning_open:
                    reasoning_out.write(DIM if reasoning_out.isatty() else "[thinking]\n")
                    reasoning_open = True
                reasoning_out.write(event.text)
                reasoning_out.flush()
        elif isinstance(event, TextDelta):
            if reasoning_open and reasoning_out is not None:
                reasoning_out.write(RESET + "\n" if reasoning_out.isatty() else "\n[/thinking]\n")
                reasoning_out.flush()
                reasoning_open = False
            answer.append(event.text)
            if out is not None:
                out.write(event.text)
                out.flush()
        else:
            if reasoning_open and reasoning_out is not None:
                reasoning_out.write(RESET + "\n" if reasoning_out.isatty() else "\n[/thinking]\n")
            return "".join(answer), "".join(reasoning), event
    raise EngineError("The answer ended without a result.")  # Session always ends with Done


# ------------------------------------------------------------------ chat


def _configure_chat(parser: argparse.ArgumentParser) -> None:
    _model_options(parser)


CHAT_HELP = """commands:
  /think on|off   reasoning before answers (models that support it)
  /system TEXT    set the system prompt (empty: none)
  /reset          start a new conversation
  /quit           leave (also Ctrl-D)
Ctrl-C stops an answer."""


def _run_chat(args: argparse.Namespace) -> int:
    session = _open_session(args)
    thinking = bool(args.thinking)
    system = str(args.system)
    history: list[ChatMessage] = []
    tty = sys.stdin.isatty()
    print(
        f"airgap chat: {session.model.model_id} ({session.model.model_type}, "
        f"{session.model.context_length:,} tokens of context). /help for commands.",
        file=sys.stderr,
    )
    _warn_no_thinking(session, thinking, sys.stderr)
    while True:
        try:
            line = input("> " if tty else "")
        except EOFError:
            return EXIT_OK
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return EXIT_INTERRUPTED
        line = clean_text(line).strip()
        if not line:
            continue
        if line.startswith("/"):
            word, _, rest = line.partition(" ")
            if word in ("/quit", "/exit", "/q"):
                return EXIT_OK
            if word == "/help":
                print(CHAT_HELP, file=sys.stderr)
            elif word == "/think" and rest.strip() in ("on", "off"):
                thinking = rest.strip() == "on"
                print(f"thinking {'on' if thinking else 'off'}", file=sys.stderr)
                _warn_no_thinking(session, thinking, sys.stderr)
            elif word == "/system":
                system = rest.strip()
                print("system prompt set" if system else "system prompt cleared", file=sys.stderr)
            elif word == "/reset":
                history.clear()
                session.reset()
                print("new conversation", file=sys.stderr)
            else:
                print(f"unknown command {word}; /help lists them", file=sys.stderr)
            continue
        history.append(ChatMessage(Role.USER, line))
        request = GenerationRequest(
            messages=list(history),
            system_prompt=system,
            thinking=thinking,
            sampling=_sampling(args, session, thinking),
        )
        try:
            events = session.stream(request, CancelToken())
        except EngineError as exc:
            history.pop()
            print(f"airgap: {exc.message}", file=sys.stderr)
            continue
        try:
            answer, reasoning, done = _print_stream(
                events, out=sys.stdout, reasoning_out=sys.stdout
            )
        except KeyboardInterrupt:
            # The generator is closed here; the cache keeps what was generated.
            events.close()  # type: ignore[attr-defined]
            print("\n[stopped]", file=sys.stderr)
            history.pop()
            continue
        print()
        if done.finish_reason is FinishReason.ERROR:
            history.pop()
            print(f"airgap: {done.error}", file=sys.stderr)
            continue
        history.append(ChatMessage(Role.ASSISTANT, answer, reasoning=reasoning))


# ------------------------------------------------------------------ models, import-gguf


def _configure_models(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def _run_models(args: argparse.Namespace) -> int:
    from airgap import paths
    from airgap.engine import loader

    found = loader.installed_models()
    if args.json:
        rows: list[dict[str, Any]] = []
        for item in found:
            if isinstance(item, tuple):
                rows.append({"id": item[0].name, "path": str(item[0]), "problem": item[1]})
            else:
                rows.append(
                    {
                        "id": item.model_id,
                        "path": str(item.path),
                        "model_type": item.model_type,
                        "size_bytes": item.size_bytes,
                        "parameters": item.parameters,
                        "context_length": item.context_length,
                        "quantization_bits": item.quantization_bits,
                        "thinking": item.thinking.value,
                    }
                )
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not found:
        print(f"No models installed in {paths.models_dir()}.", file=sys.stderr)
        return EXIT_OK
    for item in found:
        if isinstance(item, tuple):
            print(f"{item[0].name:<36} BROKEN: {item[1]}")
            continue
        bits = f"{item.quantization_bits}-bit" if item.quantization_bits else "full"
        think = " thinking" if item.thinking is ThinkingSupport.OPTIONAL else ""
        print(
            f"{item.model_id:<36} {item.model_type:<14} {_parameters(item.parameters):>7} "
            f"{_size(item.size_bytes):>9} {bits:>6}  ctx {item.context_length:,}{think}"
        )
    return EXIT_OK


def _parameters(n: int) -> str:
    """A parameter count as people say it: 217 K, 135 M, 9.0 B ("?" when unknown)."""
    if n <= 0:
        return "?"
    if n < 1_000_000:
        return f"{n / 1e3:.0f} K"
    if n < 1_000_000_000:
        return f"{n / 1e6:.0f} M"
    return f"{n / 1e9:.1f} B"


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"


def _configure_import_gguf(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a llama-architecture GGUF file")
    parser.add_argument("--name", help="model id to install it as (default: the file name)")


def _run_import_gguf(args: argparse.Namespace) -> int:
    from airgap import paths
    from airgap.engine.gguf import convert_gguf

    src = Path(args.file).expanduser()
    name = args.name or src.stem
    dest = paths.models_dir() / name
    if dest.exists():
        raise EngineError(f"A model named '{name}' is already installed at {dest}.")
    out = convert_gguf(src, dest)
    try:
        from airgap.engine.template_check import ensure_safe

        ensure_safe(out, name=name)  # a GGUF's chat template is the file author's code
    except EngineError:
        shutil.rmtree(out, ignore_errors=True)
        raise
    print(f"Imported {src.name} as '{name}' ({out}).")
    return EXIT_OK


# ------------------------------------------------------------------ repack

EXIT_NO_SPACE = 3  # repack: not enough free disk space (nothing lost)

REPACK_EPILOG = """\
Moves a MoE model's routed experts out of its safetensors shards into per-layer files
(MODEL/experts.packed/, one read per expert when streaming), one shard at a time, so the
disk never holds them twice: it needs free space for the largest shard. This REWRITES the
downloaded files (close Airgap first); `airgap verify` then checks the repack's own sha256
records for the files it wrote. Stopping it (Ctrl-C, a crash, a power cut) loses nothing:
run it again to finish.

exit codes:
  0    repacked (or already repacked; or you answered no: nothing changed)
  1    the model or a file failed, or it has no routed experts (one line on stderr says why)
  2    wrong usage; no --yes while stdin is not a terminal
  3    not enough free disk space (nothing is lost; free some and run it again)
  130  interrupted (nothing is lost; run it again to finish)
"""


def _configure_repack(parser: argparse.ArgumentParser) -> None:
    parser.epilog = REPACK_EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("model", metavar="MODEL", help="an installed model id or a model folder")
    parser.add_argument("--yes", action="store_true", help="do not ask before rewriting")


def _run_repack(args: argparse.Namespace) -> int:
    from airgap.engine import loader
    from airgap.engine.experts.index import build_index
    from airgap.engine.experts.repack import (
        InPlaceState,
        NotEnoughDiskSpace,
        RepackProgress,
        RepackStep,
        in_place_state,
        repack_in_place,
    )

    path = loader.resolve(args.model)
    state = in_place_state(path)
    if state is InPlaceState.COMPLETE:
        print(f"{path.name} is already repacked.", file=sys.stderr)
        return EXIT_OK
    if state is InPlaceState.UNFINISHED:
        print(f"Finishing the interrupted repack of {path.name}.", file=sys.stderr)
    else:
        index = build_index(path)  # not a MoE model, or damaged: say so before asking
        print(
            f"airgap: this rewrites the downloaded files of {path.name}: "
            f"{_size(index.total_bytes)} of experts move from its shards into "
            "experts.packed/. Close Airgap first. Stopping midway is safe (run it again).",
            file=sys.stderr,
        )
        if not args.yes:
            if not sys.stdin.isatty():
                print("airgap: pass --yes to go ahead.", file=sys.stderr)
                return EXIT_USAGE
            if input("Repack? [y/N] ").strip().lower() not in ("y", "yes"):
                print("Nothing changed.", file=sys.stderr)
                return EXIT_OK

    def show(p: RepackProgress) -> None:
        if p.step is RepackStep.SHARD_DONE:
            print(
                f"[{p.shards_done}/{p.shards_total}] {p.shard}: experts moved "
                f"({_size(p.bytes_moved)} so far)",
                file=sys.stderr,
            )
        elif p.step is RepackStep.HASHING:
            print("hashing the rewritten files for `airgap verify` ...", file=sys.stderr)

    try:
        dest = repack_in_place(path, show)
    except NotEnoughDiskSpace as exc:
        print(f"airgap: {exc.message}", file=sys.stderr)
        return EXIT_NO_SPACE
    except KeyboardInterrupt:
        print(
            f"airgap: interrupted; nothing is lost. Run `airgap repack {args.model}` "
            "again to finish.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    print(f"Repacked {path.name}: its experts are in {dest}.")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "chat": Command("talk with a model in the terminal", _configure_chat, _run_chat),
    "ask": Command("answer one question on stdout", _configure_ask, _run_ask),
    "models": Command("list the installed models", _configure_models, _run_models),
    "import-gguf": Command(
        "convert a GGUF file into an installed MLX model", _configure_import_gguf, _run_import_gguf
    ),
    "repack": Command(
        "move a MoE model's experts into per-layer files (rewrites the download)",
        _configure_repack,
        _run_repack,
    ),
}
COMMANDS.update({name: Command(*spec) for name, spec in model_commands.COMMANDS.items()})


# ------------------------------------------------------------------ conversations

STORE_EPILOG = """\
Opens the encrypted conversation store the way the window does: the key comes from the
system keychain (asked for as the recovery key, on a terminal, when the keychain cannot give
it). Close Airgap's window first: one process at a time can have the store open.

exit codes:
  0    done
  1    the file or the store failed (one line on stderr says why); an import file that
       cannot be read imports nothing, a damaged conversation stops the import there
       (the whole conversations before it are kept)
  2    wrong usage; the recovery key is needed and stdin is not a terminal
  3    not enough disk space (no partial file or conversation is left behind)
  130  interrupted (an import keeps the whole conversations before; importing the file
       again adds the rest; no partial file is left behind)
"""

_model_import = COMMANDS["import"]
CONVERSATION_SUFFIXES = (".json", ".zip")


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.epilog = STORE_EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


def _configure_import(parser: argparse.ArgumentParser) -> None:
    _model_import.configure(parser)
    _store_options(parser)
    parser.description = (
        "import a model (an MLX model folder or a .gguf file) or conversations (an Airgap "
        ".json export, ChatGPT's conversations.json or its export .zip); conversations "
        "are imported whole, one after another (a big file shows its progress on stderr), "
        "and ones already present are skipped, so importing a file again after a stop adds "
        "the rest"
    )


def _run_import(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    if not (path.is_file() and path.suffix.lower() in CONVERSATION_SUFFIXES):
        return _model_import.run(args)
    if args.name or args.link:
        print("airgap: --name and --link are for models, not conversations.", file=sys.stderr)
        return EXIT_USAGE
    from airgap.store import StoreError
    from airgap.store.importers import load_file, plan_data

    try:  # before the store opens: a file that cannot be read creates no store
        plan = plan_data(load_file(path), source=path.name)
    except StoreError as exc:
        print(f"airgap: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    return _with_store(lambda store: _import_conversations(store, plan), create=True)


BIG_IMPORT = 200  # conversations: from here on `airgap import` shows its progress


class _ImportProgressLine:
    """Progress of a big import on stderr: one line rewritten on a terminal, else a line
    every few seconds (and the first and last)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.tty = sys.stderr.isatty()
        self.shown_at = 0.0

    def __call__(self, p: Any) -> None:  # store.importers.ImportProgress
        import time

        now = time.monotonic()
        last = p.done == p.total
        if p.done and not last and now - self.shown_at < (0.2 if self.tty else 5.0):
            return
        self.shown_at = now
        line = f"Importing {self.source}: {p.done} of {p.total} conversations"
        if self.tty:
            print(f"\r{line}", end="\n" if last else "", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)


def _import_conversations(store: Any, plan: Any) -> int:
    """Write an importers.ImportPlan; Ctrl-C stops it after the conversation being written."""
    import signal
    import threading

    from airgap.store import DiskFull
    from airgap.store.importers import import_stepwise

    cancel = CancelToken()
    show = _ImportProgressLine(plan.source) if plan.count >= BIG_IMPORT else None
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.cancel()) if in_main else None
    try:
        done = import_stepwise(store, plan, progress=show, cancel=cancel)
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
    report = done.report
    if not done.complete:
        if show is not None and show.tty:
            print(file=sys.stderr)  # end the progress line
        kept = "nothing was imported"
        if report.conversations:
            n, m = report.conversations, report.messages
            kept = (
                f"{n} conversation{'s' * (n != 1)} ({m} message{'s' * (m != 1)}) imported "
                f"before it {'is' if n == 1 else 'are'} kept; importing the file again "
                + ("adds the rest" if done.cancelled else "once it is fixed adds the rest")
            )
        if done.cancelled:
            print(f"airgap: interrupted; {kept}.", file=sys.stderr)
            return EXIT_INTERRUPTED
        print(f"airgap: {done.failure} {kept[0].upper()}{kept[1:]}.", file=sys.stderr)
        return EXIT_NO_SPACE if isinstance(done.error, DiskFull) else EXIT_ERROR
    line = f"Imported {report.conversations} conversations, {report.messages} messages"
    if report.skipped:
        line += f" ({report.skipped} already present were skipped)"
    if report.projects or report.terms or report.memory_pairs:
        line += (
            f"; translator: {report.projects} projects, {report.terms} glossary terms, "
            f"{report.memory_pairs} memory pairs"
        )
    print(line + ".")
    return EXIT_OK


def _configure_export(parser: argparse.ArgumentParser) -> None:
    _store_options(parser)
    parser.add_argument(
        "--format",
        choices=("json", "md"),
        default="json",
        help="json: everything, re-importable (with the translator's data); md: readable "
        "Markdown of the visible branches (default: json)",
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="write FILE (atomically) instead of stdout"
    )


def _run_export(args: argparse.Namespace) -> int:
    fmt = "json" if args.format == "json" else "markdown"

    def export(store: Any) -> int:
        if args.out is not None:
            dest = store.export_to(Path(args.out).expanduser(), fmt=fmt)
            count = len(store.list_conversations(archived=None))
            print(f"Exported {count} conversations to {dest}.", file=sys.stderr)
        elif fmt == "json":
            print(json.dumps(store.export_json(), ensure_ascii=False, indent=1))
        else:
            sys.stdout.write(store.export_markdown())
        return EXIT_OK

    return _with_store(export)


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    _store_options(parser)
    parser.add_argument("dest", type=Path, metavar="DEST", help="the backup file (must not exist)")


def _run_backup(args: argparse.Namespace) -> int:
    def backup(store: Any) -> int:
        dest = store.backup(Path(args.dest).expanduser())
        print(
            f"Backed up to {dest}. It is encrypted with the same key: it opens with this "
            "data folder's key or your recovery key."
        )
        return EXIT_OK

    return _with_store(backup)


def _with_store(work: Callable[[Any], int], *, create: bool = False) -> int:
    """Open the store (as the window does), run `work`, close it; a StoreError becomes one
    line on stderr and its exit code."""
    from airgap import paths
    from airgap.store import DiskFull, RecoveryKeyNeeded, Store, StoreError

    if not create and not paths.database_path().exists():
        print("airgap: no conversations are stored in this data folder yet.", file=sys.stderr)
        return EXIT_ERROR
    new = not paths.database_path().exists()
    try:
        try:
            store = Store.open()
        except RecoveryKeyNeeded as exc:
            if not sys.stdin.isatty():
                print(f"airgap: {exc.message} Run this on a terminal to type it.", file=sys.stderr)
                return EXIT_USAGE
            import getpass

            store = Store.open(recovery_key=getpass.getpass(f"{exc.message}\nRecovery key: "))
        with store:
            code = work(store)
            if new and store.encrypted:
                print(
                    "airgap: a new encrypted conversation store was created; write down its "
                    f"recovery key: {store.recovery_key()}",
                    file=sys.stderr,
                )
            return code
    except DiskFull as exc:
        print(f"airgap: {exc.message}", file=sys.stderr)
        return EXIT_NO_SPACE
    except StoreError as exc:
        print(f"airgap: {exc.message}", file=sys.stderr)
        return EXIT_ERROR


COMMANDS["import"] = Command(
    "import a model (MLX folder, .gguf) or conversations (.json, ChatGPT .zip)",
    _configure_import,
    _run_import,
)
COMMANDS["export"] = Command(
    "export all conversations as JSON or Markdown", _configure_export, _run_export
)
COMMANDS["backup"] = Command(
    "copy the encrypted conversation database (same key)", _configure_backup, _run_backup
)


# ------------------------------------------------------------------ entry


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="airgap",
        description="Airgap: an offline AI assistant (MLX models, no network).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        child = sub.add_parser(name, help=command.help, description=command.help)
        command.configure(child)
        child.set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = ["chat"]
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse: --help exits 0, usage errors 2
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if getattr(args, "run", None) is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except InvalidSettings as exc:  # an option value out of range, e.g. --temp -1
        print(f"airgap: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except EngineError as exc:
        print(f"airgap: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("airgap: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # a file the user named: unreadable, missing, disk full
        print(f"airgap: {exc}", file=sys.stderr)
        return EXIT_ERROR
