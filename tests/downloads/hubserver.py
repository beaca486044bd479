"""A local stand-in for the Hugging Face hub: enough of its API for huggingface_hub and our
transfer. Model info with siblings (size, LFS sha256) at a revision, and
`/{repo}/resolve/{rev}/{file}` with ETag, Range and If-Range; LFS files answer with a 302 to a
content-addressed path, as the real hub does. It records every request and counts the body
bytes it actually wrote, and can misbehave on demand: serve a wrong byte, drop the connection
part-way, or serve slowly.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class Request:
    method: str
    path: str
    file: str | None
    range: str | None
    if_range: str | None


@dataclass
class Repo:
    files: dict[str, bytes]
    lfs: set[str]
    commit: str = COMMIT


@dataclass
class FakeHub:
    repos: dict[str, Repo] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    served: Counter[str] = field(default_factory=Counter)  # body bytes written, per file
    corrupt: dict[str, int] = field(default_factory=dict)  # file -> offset of a flipped byte
    drop_after: dict[str, int] = field(default_factory=dict)  # once: close after N bytes
    fail_next: dict[str, list[int]] = field(default_factory=dict)  # statuses to answer first
    bytes_per_s: float = 0.0  # 0: as fast as possible
    active: int = 0  # responses being written now
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_repo(self, name: str, files: dict[str, bytes], lfs: set[str]) -> None:
        self.repos[name] = Repo(files, lfs)

    def file_requests(self, file: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if r.file == file and r.method == "GET"]

    def wait_idle(self, timeout_s: float = 10.0) -> None:
        """Until no response is being written (a cancelled client's one may still be going)."""
        deadline = time.monotonic() + timeout_s
        while self.active and time.monotonic() < deadline:
            time.sleep(0.02)

    def reset_counters(self) -> None:
        self.wait_idle()
        with self.lock:
            self.requests.clear()
            self.served.clear()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _etag(repo: Repo, name: str) -> str:
    data = repo.files[name]
    tag = sha256(data) if name in repo.lfs else hashlib.sha1(data).hexdigest()
    return f'"{tag}"'


class _Handler(BaseHTTPRequestHandler):
    hub: FakeHub  # set on the subclass made per server

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_HEAD(self) -> None:
        self._route(head=True)

    def do_GET(self) -> None:
        self._route(head=False)

    def _route(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if path.startswith("/api/models/"):
            self._record(path, None)
            return self._model_info(path.removeprefix("/api/models/"))
        if path.startswith("/lfs/"):
            _, _, repo_name, name = path.split("/", 3)
            return self._serve(repo_name.replace("--", "/"), name, head)
        for repo_name in self.hub.repos:
            prefix = f"/{repo_name}/resolve/"
            if path.startswith(prefix):
                rev, _, name = path.removeprefix(prefix).partition("/")
                repo = self.hub.repos[repo_name]
                if rev not in (repo.commit, "main") or name not in repo.files:
                    self._record(path, name)
                    return self._send_status(404)
                if name in repo.lfs:  # the real hub redirects LFS files to its CDN
                    self._record(path, name)
                    self.send_response(302)
                    self.send_header("Location", f"/lfs/{repo_name.replace('/', '--')}/{name}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                return self._serve(repo_name, name, head)
        self._record(path, None)
        return self._send_status(404)

    def _record(self, path: str, file: str | None) -> None:
        with self.hub.lock:
            self.hub.requests.append(
                Request(
                    self.command,
                    path,
                    file,
                    self.headers.get("Range"),
                    self.headers.get("If-Range"),
                )
            )

    def _send_status(self, code: int) -> None:
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _model_info(self, rest: str) -> None:
        name, _, rev = rest.partition("/revision/")
        repo = self.hub.repos.get(name)
        if repo is None or rev not in ("", "main", repo.commit):
            body = json.dumps({"error": "Repository not found"}).encode()
            self.send_response(404)
            self.send_header("X-Error-Code", "RepoNotFound")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        siblings = []
        for fname, data in sorted(repo.files.items()):
            sib: dict[str, object] = {"rfilename": fname, "size": len(data), "blobId": "0" * 40}
            if fname in repo.lfs:
                sib["lfs"] = {"size": len(data), "sha256": sha256(data), "pointerSize": 134}
            siblings.append(sib)
        body = json.dumps(
            {"_id": "x", "id": name, "modelId": name, "sha": repo.commit, "siblings": siblings}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _serve(self, repo_name: str, name: str, head: bool) -> None:
        self._record(self.path, name)
        with self.hub.lock:
            statuses = self.hub.fail_next.get(name)
            status = statuses.pop(0) if statuses else None
        if status is not None:
            return self._send_status(status)
        repo = self.hub.repos[repo_name]
        data = repo.files[name]
        if name in self.hub.corrupt:
            at = self.hub.corrupt[name]
            data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
        etag = _etag(repo, name)
        start = 0
        range_header = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if range_header and (if_range is None or if_range == etag):
            start = int(range_header.removeprefix("bytes=").split("-")[0])
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header("ETag", etag)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if head:
            return
        with self.hub.lock:
            drop = self.hub.drop_after.pop(name, None)
        limit = len(body) if drop is None else max(0, drop - start)
        step = 16 * 1024
        sent = 0
        with self.hub.lock:
            self.hub.active += 1
        try:
            while sent < limit:
                piece = body[sent : min(limit, sent + step)]
                self.wfile.write(piece)
                sent += len(piece)
                with self.hub.lock:
                    self.hub.served[name] += len(piece)
                if self.hub.bytes_per_s:
                    time.sleep(len(piece) / self.hub.bytes_per_s)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self.hub.lock:
                self.hub.active -= 1
        if drop is not None:
            self.close_connection = True


class HubServer:
    """The fake hub on 127.0.0.1 (a random port), served from a thread."""

    def __init__(self, hub: FakeHub) -> None:
        handler = type("Handler", (_Handler,), {"hub": hub})
        self.hub = hub
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> HubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
