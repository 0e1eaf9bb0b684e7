"""Open a file as HubDesk would, try one write, then ``hubdesk check`` it:
``python probe.py PATH``. The read-only tests run this in a process without root's
power to ignore file modes, and read its JSON answer::

    {"open": "ok" | "<kind> <ErrorType>: <message>",
     "write": "ok" | "<kind> <ErrorType>: <message>" | null,
     "check": [exit code, stdout, stderr]}

where kind is ``HubDeskError`` for a typed error and ``untyped`` for anything else.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys

from hubdesk import cli
from hubdesk.domain.errors import HubDeskError
from hubdesk.storage import Database
from hubdesk.storage.models import HubSetting


def _outcome(error: BaseException) -> str:
    kind = "HubDeskError" if isinstance(error, HubDeskError) else "untyped"
    return f"{kind} {type(error).__name__}: {str(error).splitlines()[0]}"


def _open_and_write(path: str) -> dict[str, str | None]:
    try:
        db = Database.open(path, create=False)
    except Exception as error:  # noqa: BLE001 - the probe reports whatever happens
        return {"open": _outcome(error), "write": None}
    try:
        with db.write("probe") as session:
            session.add(HubSetting(key="probe", value="1"))
        return {"open": "ok", "write": "ok"}
    except Exception as error:  # noqa: BLE001
        return {"open": "ok", "write": _outcome(error)}
    finally:
        db.close()


def _check(path: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["check", "--db", path])
    return code, out.getvalue(), err.getvalue()


def main() -> None:
    path = sys.argv[1]
    answer: dict[str, object] = {"check": _check(path)}
    answer.update(_open_and_write(path))
    print(json.dumps(answer))


if __name__ == "__main__":
    main()
