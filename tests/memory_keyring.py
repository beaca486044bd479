"""An in-memory keyring backend for tests and benchmarks: never the developer's real keychain,
never keyrings.alt. Importable by name (tests/ is on sys.path after the installed packages)."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring held in a dict. `fail` makes every call raise, like a locked keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.fail: Exception | None = None

    def get_password(self, service: str, username: str) -> str | None:
        if self.fail:
            raise self.fail
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail:
            raise self.fail
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.fail:
            raise self.fail
        self.entries.pop((service, username), None)
