"""The downloader process: `python -m airgap.downloads download REPO|CATALOG_ID`.

The only Airgap process allowed on the network, so it never installs the offline guard.
It writes progress as JSON lines on stdout (progress.py) and exits 0 when the model is
installed, 130 when cancelled (SIGINT/SIGTERM), otherwise the error's exit code with an
`error` event carrying the message. A later run with the same arguments resumes.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from airgap.downloads import catalog
from airgap.downloads.errors import DownloadCode, DownloadsError
from airgap.downloads.progress import CancelFlag, Event, Kind, json_lines

DEFAULT_FILES = ("*.json", "*.safetensors", "*.jinja", "*.txt", "*.model", "*.tiktoken")

log = logging.getLogger("airgap.downloads")


def _target(name: str, revision: str | None) -> tuple[str, str, str, tuple[str, ...]]:
    """(model id, repo, revision, file patterns) for a catalog id or a hub repository id."""
    entry = catalog.find(name)
    if entry is not None:
        if not entry.downloadable:
            raise DownloadsError(DownloadCode.EMBEDDED, model=entry.id)
        return entry.id, entry.repo, revision or entry.revision, entry.files or DEFAULT_FILES
    if name.count("/") != 1:
        raise DownloadsError(DownloadCode.UNKNOWN_MODEL, name=name)
    return name.split("/")[1], name, revision or "main", DEFAULT_FILES


def download(args: argparse.Namespace) -> int:
    from airgap.downloads import hub, transfer

    sink = json_lines(sys.stdout)
    cancel = CancelFlag()
    cancel.install_signal_handlers()
    model = args.name
    try:
        model, repo, revision, patterns = _target(args.name, args.revision)
        listing = hub.list_files(repo, revision, patterns, hub_endpoint=args.endpoint)
        options = transfer.Options(retries=args.retries, backoff_s=args.backoff)
        transfer.Transfer(listing, args.model_id or model, sink, cancel, options).run()
    except DownloadsError as e:
        kind = Kind.CANCELLED if e.exit_code == 130 else Kind.ERROR
        code = e.code.value if e.code is not None else ""
        sink(Event(kind=kind, model=model, message=str(e), code=code, details=e.details))
        return e.exit_code
    finally:
        # Done either way: a late Ctrl-C must not kill the interpreter while it shuts down
        # (the parent would see a signal death instead of this exit code).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m airgap.downloads")
    sub = parser.add_subparsers(dest="command", required=True)
    dl = sub.add_parser("download", help="download, verify and install a model")
    dl.add_argument("name", help="a catalog id (airgap catalog) or a hub repository owner/name")
    dl.add_argument("--revision", help="a commit, tag or branch (default: the catalog's pin)")
    dl.add_argument(
        "--endpoint", help="the hub's address (default: AIRGAP_HF_ENDPOINT/HF_ENDPOINT)"
    )
    dl.add_argument("--model-id", help="the installed folder's name")
    dl.add_argument("--retries", type=int, default=6)
    dl.add_argument("--backoff", type=float, default=0.5, help="first retry delay, seconds")
    args = parser.parse_args(argv)
    # stdout carries the JSON lines; stderr only what needs a human (retries are events too).
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(message)s"
    )
    return download(args)


if __name__ == "__main__":
    sys.exit(main())
