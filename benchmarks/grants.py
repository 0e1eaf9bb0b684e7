"""Time the grant reads and the printed agreement next to their floors.

A script, not a test (one run; the machine is shared, so compare within a run):

    uv run python benchmarks/grants.py [--scale 100] [--repeat 3]

It writes a demo database into a temporary folder and times, best of ``--repeat``:

- the budget view (every year, program and source), one page of the agreement list,
  and one agreement's detail;
- gathering agreement documents and writing them as one PDF, for 1 and 50 agreements;
- the floor: ReportLab's canvas drawing the same article texts, line by line, in the
  same embedded font, with no tables, wrapping by width or page layout.
"""

from __future__ import annotations

import argparse
import tempfile
import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from timing import best

from hubdesk.domain.agreement_document import AgreementDocument
from hubdesk.reports.agreement_pdf import write_agreements_pdf
from hubdesk.reports.pdf_fonts import register_korean_fonts
from hubdesk.services.demo import generate_demo
from hubdesk.services.grants.document import AgreementDocumentService
from hubdesk.services.grants.views import AgreementFilter, AgreementQuery, GrantViewService
from hubdesk.services.people.staff import system_actor
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)
LINE_CHARACTERS = 45  # about what one line of the agreement holds
LINES_PER_PAGE = 48


def floor_pdf(documents: Sequence[AgreementDocument], target: Path) -> None:
    """The same article texts drawn line by line: what any PDF of this text must cost."""
    regular, _bold = register_korean_fonts()
    canvas = Canvas(str(target), pagesize=A4)
    for document in documents:
        lines = [document.title, document.number]
        for article in document.articles:  # placeholders already filled
            lines.append(article.title)
            for paragraph in article.text.splitlines():
                lines += textwrap.wrap(paragraph, LINE_CHARACTERS) or [""]
        for start in range(0, len(lines), LINES_PER_PAGE):
            canvas.setFont(regular, 10)
            for row, line in enumerate(lines[start : start + LINES_PER_PAGE]):
                canvas.drawString(60, 780 - row * 15, line)
            canvas.showPage()
    canvas.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = folder / "hub.sqlite"
        summary = generate_demo(path, scale=args.scale, today=TODAY)
        print(f"scale {args.scale}: {summary.grant_agreements:,} agreements")
        with Database.open(path) as db:
            actor = system_actor(db)
            views = GrantViewService(db, actor)
            query = AgreementQuery(AgreementFilter())
            ids = [row.id for row in views.search(query, 0, 50)]
            rows = {
                "budget view (all years)": best(args.repeat, views.budget),
                "agreement list: count + first 200": best(
                    args.repeat, lambda: (views.count(query), views.search(query, 0, 200))
                ),
                "agreement detail": best(args.repeat, lambda: views.agreement_detail(ids[0])),
            }
            service = AgreementDocumentService(db, actor)
            counts = sorted({1, len(ids)})
            for count in counts:
                chosen = ids[:count]
                documents = service.documents(chosen)
                target = folder / f"agreements-{count}.pdf"
                floor = folder / f"floor-{count}.pdf"
                rows[f"gather {count} document(s)"] = best(
                    args.repeat, lambda c=chosen: service.documents(c)
                )
                rows[f"PDF of {count}"] = best(
                    args.repeat, lambda d=documents, t=target: write_agreements_pdf(d, t)
                )
                rows[f"floor for {count}"] = best(
                    args.repeat, lambda d=documents, f=floor: floor_pdf(d, f)
                )
        width = max(len(name) for name in rows)
        for name, seconds in rows.items():
            print(f"{name:<{width}}  {seconds * 1000:8.1f} ms")
        for count in counts:
            ratio = rows[f"PDF of {count}"] / rows[f"floor for {count}"]
            print(f"PDF ÷ floor for {count}: {ratio:.1f}×")


if __name__ == "__main__":
    main()
