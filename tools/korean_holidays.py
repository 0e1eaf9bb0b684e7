"""Write the table of Korean public holidays that deadlines read without the ``holidays``
package (importing it and building its first year cost 0.3 s on a page's first open).

    uv run python tools/korean_holidays.py          # write hubdesk/domain/korean_holidays.py
    uv run python tools/korean_holidays.py --check  # exit 1 if the table is out of date

Run it after updating ``holidays``: tests/domain/test_korean_holidays.py fails until then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "hubdesk" / "domain" / "korean_holidays.py"
FIRST_YEAR, LAST_YEAR = 2000, 2060
LANGUAGES = ("ko", "en_US")

HEADER = '''"""Korean public holidays from {first} to {last}, as holidays {version} gives them.

Written by tools/korean_holidays.py (do not edit): deadlines read this table instead of
importing the ``holidays`` package, whose import and first year cost 0.3 s; other years
still ask the package. tests/domain/test_korean_holidays.py checks it against the package.
"""

# ruff: noqa: E501 (a line is as long as the holiday's names)

SOURCE_VERSION = "{version}"
FIRST_YEAR, LAST_YEAR = {first}, {last}

# One holiday a line: day|Korean name|English name (two on one day share a line).
TABLE = """\\
'''


def year_lines(year: int) -> list[str]:
    korean, english = (
        holidays.country_holidays("KR", years=year, language=language) for language in LANGUAGES
    )
    if set(korean) != set(english):
        raise SystemExit(f"{year}: the Korean and English holidays are not the same days")
    lines = [f"{day.isoformat()}|{korean[day]}|{english[day]}\n" for day in sorted(korean)]
    if any(line.count("|") != 2 or '"' in line or "\\" in line for line in lines):
        raise SystemExit(f"{year}: a name holds | or a quote: choose another separator")
    return lines


def table_text() -> str:
    lines = [HEADER.format(first=FIRST_YEAR, last=LAST_YEAR, version=holidays.__version__)]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        lines.extend(year_lines(year))
    lines.append('"""\n')
    return "".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    text = table_text()
    if parser.parse_args().check:
        sys.exit(0 if TABLE.read_text(encoding="utf-8") == text else 1)
    TABLE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
