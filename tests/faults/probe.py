"""Open a file as HubDesk would and try one write: ``python probe.py PATH``.

The read-only tests run this in a process without root's power to ignore file modes.
Prints ``open ok`` or ``open <ErrorType>: <message>``, then ``write ok`` or
``write <ErrorType>: <message>`` (a HubDeskError's message, anything else's type).
"""

from __future__ import annotations

import sys

from hubdesk.domain.errors import HubDeskError
from hubdesk.storage import Database
from hubdesk.storage.models import HubSetting


def _outcome(error: BaseException) -> str:
    kind = "HubDeskError" if isinstance(error, HubDeskError) else "untyped"
    return f"{kind} {type(error).__name__}: {str(error).splitlines()[0]}"


def main() -> None:
    try:
        db = Database.open(sys.argv[1], create=False)
    except Exception as error:  # noqa: BLE001 - the probe reports whatever happens
        print(f"open {_outcome(error)}")
        return
    print("open ok")
    try:
        with db.write("probe") as session:
            session.add(HubSetting(key="probe", value="1"))
        print("write ok")
    except Exception as error:  # noqa: BLE001
        print(f"write {_outcome(error)}")
    finally:
        db.close()


if __name__ == "__main__":
    main()
