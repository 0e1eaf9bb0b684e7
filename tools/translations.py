"""Update the Korean translation from the code and compile it.

    uv run python tools/translations.py          # lupdate then lrelease
    uv run python tools/translations.py --check  # exit 1 if anything is untranslated
    uv run python tools/translations.py --fill ko.tsv  # also take translations from a file

A ``--fill`` file has one message a line: ``context<TAB>English source<TAB>Korean``
(sources with line breaks are written with ``\\n``); it fills only messages that
have no finished translation yet.

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
            if _unfinished(message):
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(table: Path, ts_file: Path = TS_FILE) -> int:
    """Finish the unfinished messages that ``table`` translates; how many it finished."""
    known = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].strip():
            context, source, korean = (part.replace("\\n", "\n") for part in parts)
            known[(context, source)] = korean
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            korean = known.get((name, message.findtext("source", "")))
            translation = message.find("translation")
            if korean is None or translation is None or not _unfinished(message):
                continue
            _translate(message, translation, korean)
            filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished"):
        return True
    return not (translation.text or "").strip() and message.get("numerus") != "yes"


def _translate(message: ET.Element, translation: ET.Element, korean: str) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":  # Korean has one plural form
        forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
        for form in forms:
            form.text = korean
    else:
        translation.text = korean


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    parser.add_argument("--fill", type=Path, action="append", default=[], help="a .tsv table")
    args = parser.parse_args()
    if not args.check:
        lupdate()
        for table in args.fill:
            print(f"{table}: {fill(table)} translations filled")
        if args.fill:
            lupdate()  # lupdate writes the file in its own layout again
        lrelease()
    missing = unfinished()
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    print(f"{TS_FILE.name}: {len(missing)} untranslated")
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
