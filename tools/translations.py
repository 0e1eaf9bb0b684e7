"""Update the Korean translation from the code and compile it.

    uv run python tools/translations.py          # lupdate then lrelease
    uv run python tools/translations.py --check  # exit 1 if anything is untranslated

Edit ``resources/i18n/hubdesk_ko.ts`` with Qt Linguist (``uv run pyside6-linguist``)
or any editor; the compiled ``hubdesk_ko.qm`` is committed beside it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "hubdesk" / "gui"
TS_FILE = ROOT / "resources" / "i18n" / "hubdesk_ko.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def gui_sources() -> list[Path]:
    return sorted(SOURCES.rglob("*.py"))


def lupdate(ts_file: Path = TS_FILE) -> None:
    """Collect the tr() strings of the window code into ``ts_file`` (keeps translations)."""
    files = [str(path) for path in gui_sources()]
    subprocess.run(
        ["pyside6-lupdate", *files, "-no-obsolete", "-locations", "none", "-ts", str(ts_file)],
        check=True,
        capture_output=True,
    )


def lrelease(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    subprocess.run(
        ["pyside6-lrelease", "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def unfinished(ts_file: Path = TS_FILE) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished Korean translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                missing.append((name, message.findtext("source", "")))
            elif not (translation.text or "").strip() and message.get("numerus") != "yes":
                missing.append((name, message.findtext("source", "")))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args()
    if not args.check:
        lupdate()
        lrelease()
    missing = unfinished()
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    print(f"{TS_FILE.name}: {len(missing)} untranslated")
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
