"""The one place that picks the SQLite driver: SQLCipher, registered as `pysqlite3`.

sqlite-utils catches the exception classes of whichever driver it imported; it prefers
`pysqlite3` when importable. Registering `sqlcipher3` under that name before sqlite-utils is
imported makes its error handling (`drop(ignore=True)`, `INSERT ... RETURNING`) see the
exceptions SQLCipher really raises. Every store module imports `dbapi` from here.
"""

from __future__ import annotations

import logging
import sys

import sqlcipher3
import sqlcipher3.dbapi2 as dbapi

log = logging.getLogger(__name__)

if "sqlite_utils" in sys.modules and "pysqlite3" not in sys.modules:
    log.warning("sqlite_utils was imported before airgap.store; its error handling may be off")
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi)

import sqlite_utils  # noqa: E402  (must come after the registration above)
import sqlite_utils.utils  # noqa: E402

# When something imported sqlite_utils first, point it at SQLCipher anyway.
if sqlite_utils.utils.sqlite3 is not sqlcipher3:  # type: ignore[attr-defined]
    sqlite_utils.utils.sqlite3 = sqlcipher3  # type: ignore[attr-defined]
    sqlite_utils.db.sqlite3 = sqlcipher3  # type: ignore[attr-defined]

Connection = dbapi.Connection
DatabaseError = dbapi.DatabaseError
OperationalError = dbapi.OperationalError
IntegrityError = dbapi.IntegrityError

__all__ = [
    "Connection",
    "DatabaseError",
    "IntegrityError",
    "OperationalError",
    "dbapi",
    "sqlite_utils",
]
