"""The printed grant agreement read back with pypdf: every party, every amount in
figures, the grant in words, drafts and batches, edited articles, cancel and progress."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reports.readback import pdf_pages
from support.agreement import sample_document
from support.grants import signed_dev_agreement
from support.hub import Hub

from hubdesk.domain.agreement_articles import DEFAULT_ARTICLES, filled_articles
from hubdesk.domain.agreement_document import AgreementArticle, AgreementDocument, DisbursementLine
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.exports import ExportCancelled
from hubdesk.domain.money import amount_in_words
from hubdesk.reports.agreement_pdf import agreements_pdf_bytes, write_agreements_pdf
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.document import AgreementDocumentService


def compact(text: str) -> str:
    """Text without white space: pypdf breaks lines where the PDF does."""
    return "".join(text.split())


def pages_of(documents: list[AgreementDocument], path: Path) -> list[str]:
    write_agreements_pdf(documents, path)
    return [compact(page) for page in pdf_pages(path)]


def test_the_pdf_shows_the_number_both_parties_every_amount_and_the_grant_in_words(
    hub: Hub, tmp_path: Path
) -> None:
    settings = SettingsService(hub.db, hub.admin)
    settings.save(replace(settings.settings(), director_name="정민호"))
    agreement = signed_dev_agreement(
        hub, city_amount=4_870_000, district_amount=3_650_000, copayment=1_030_000
    )
    clerk = DisbursementService(hub.db, hub.clerk)
    clerk.plan(agreement.id, 5_110_000, date(2026, 4, 10))
    clerk.plan(agreement.id, 3_410_000)
    (document,) = AgreementDocumentService(hub.db, hub.clerk).documents([agreement.id])
    text = "".join(pages_of([document], tmp_path / "a.pdf"))

    assert "2026-사업개발-001" in text and compact("보조금 지원 협약서") in text
    for party in ("금천구 사회적경제 허브센터", "센터장 정민호", "금천도시농업협동조합", "김철용"):
        assert compact(party) in text, party
    assert "119-86-12347" in text  # the team's business number, formatted
    grant, total = 8_520_000, 9_550_000
    for amount in (4_870_000, 3_650_000, 1_030_000, grant, total, 5_110_000, 3_410_000):
        assert f"{amount:,}" in text, amount
    assert compact(amount_in_words(grant)) == "금팔백오십이만원정"
    assert f"금팔백오십이만원정(₩{grant:,})" in text
    assert f"금구백오십오만원정(₩{total:,})" in text
    assert "신한은행110-123-456456" in text
    assert "2026년3월25일" in text  # the date line


def test_a_draft_says_so_and_leaves_the_date_to_be_written(tmp_path: Path) -> None:
    pages = pages_of([sample_document(is_draft=True, signed_on=None)], tmp_path / "d.pdf")
    assert compact("보조금 지원 협약서(안)") in pages[0]
    assert "년월일" in pages[-1] and "2026년3월25일" not in pages[-1]


def test_a_signed_agreement_is_not_a_draft(tmp_path: Path) -> None:
    pages = pages_of([sample_document()], tmp_path / "s.pdf")
    assert "협약서(안)" not in "".join(pages) and "해지" not in pages[0].split("제1조")[0]


def test_a_cancelled_agreement_is_marked_on_every_page(tmp_path: Path) -> None:
    pages = pages_of([sample_document(cancelled_on=date(2026, 5, 2))], tmp_path / "c.pdf")
    assert "2026년5월2일해지되었습니다" in pages[0]
    assert all("해지된협약" in page for page in pages)


def test_a_batch_file_holds_each_agreement_with_its_own_page_numbers(tmp_path: Path) -> None:
    first = sample_document()
    second = sample_document(
        number="2026-사업개발-008",
        team=replace(first.team, name="가산마을부엌"),
        purpose="가" * 900,
    )
    alone = [len(pages_of([d], tmp_path / f"{i}.pdf")) for i, d in enumerate((first, second))]
    pages = pages_of([first, second], tmp_path / "batch.pdf")
    assert len(pages) == sum(alone) and alone[1] > alone[0]
    numbering = [(first, n, alone[0]) for n in range(1, alone[0] + 1)]
    numbering += [(second, n, alone[1]) for n in range(1, alone[1] + 1)]
    for page, (document, number, total) in zip(pages, numbering, strict=True):
        assert f"협약번호{document.number}" in page
        assert f"-{number}/{total}-" in page
        assert (compact("보조금 지원 협약서") in page) == (number == 1)
    assert "가산마을부엌" in pages[alone[0]]


def test_edited_article_text_appears_with_its_values(tmp_path: Path) -> None:
    document = sample_document()
    articles = (
        *DEFAULT_ARTICLES[:2],
        AgreementArticle("성과 공유", "{을}은 성과공유회에 참여한다."),
    )
    document = replace(document, articles=filled_articles(document, articles))
    text = "".join(pages_of([document], tmp_path / "e.pdf"))
    assert "제3조(성과공유)금천도시농업협동조합은성과공유회에참여한다." in text
    assert "제4조" not in text


@pytest.mark.parametrize("extra", [0, 200, 420, 700, 1100, 1500])
def test_the_date_and_both_seals_stay_together_on_the_last_page(tmp_path: Path, extra: int) -> None:
    """Longer and longer articles move the page breaks across the signature blocks."""
    document = sample_document()
    articles = (
        *DEFAULT_ARTICLES,
        AgreementArticle("특약", "을은 성실히 수행한다. " * (extra // 10)),
    )
    document = replace(document, articles=filled_articles(document, articles))
    pages = pages_of([document], tmp_path / "x.pdf")
    last = pages[-1]
    for part in ("2026년3월25일", "(갑)", "(을)", "센터장정민호", "대표자김철용", "119-86-12347"):
        assert part in last, part
    assert last.count("(인)") == 2 and "".join(pages[:-1]).count("(인)") == 0


def test_nanum_gothic_is_embedded_on_a4_portrait(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    write_agreements_pdf([sample_document()], path)
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and all("NanumGothic" in name for name in fonts)
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts.values())
    assert reader.metadata is not None and reader.metadata.title == "보조금 지원 협약서"


def test_the_preview_bytes_are_the_same_document(tmp_path: Path) -> None:
    documents = [sample_document(), sample_document(number="2026-사업개발-009")]
    data = agreements_pdf_bytes(documents)
    assert data.startswith(b"%PDF")
    preview = [compact(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]
    assert preview == pages_of(documents, tmp_path / "b.pdf")


def test_progress_counts_agreements(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    documents = [sample_document(number=f"2026-사업개발-{n:03}") for n in range(1, 4)]
    write_agreements_pdf(documents, tmp_path / "p.pdf", progress=lambda *a: calls.append(a))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and (2, 3) in calls


@pytest.mark.parametrize("after", [0, 1, 3, 6])
def test_cancelling_leaves_no_file(tmp_path: Path, after: int) -> None:
    target = tmp_path / "batch.pdf"
    checks = iter(range(after + 1))
    documents = [sample_document(number=f"2026-사업개발-{n:03}") for n in range(1, 4)]
    with pytest.raises(ExportCancelled):
        write_agreements_pdf(documents, target, cancelled=lambda: next(checks, after + 1) >= after)
    assert list(tmp_path.iterdir()) == []


def test_nothing_to_print_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        write_agreements_pdf([], tmp_path / "none.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_largest_agreement_the_settings_allow_still_lays_out(tmp_path: Path) -> None:
    """30 articles of 4000 characters, a 4000-character purpose, 40 tranches, long names."""
    paragraph = "① 을은 보조사업을 성실히 수행하여야 하며 관계 법령을 준수한다. " * 120
    articles = tuple(AgreementArticle("가" * 60, (paragraph + "\n")[:4000]) for _ in range(30))
    base = sample_document(
        purpose="나" * 4000,
        team=replace(sample_document().team, name="다" * 120, address="라" * 255),
        disbursements=tuple(
            DisbursementLine(f"{n}차", date(2026, 4, 1), 100_000) for n in range(1, 41)
        ),
    )
    document = replace(base, articles=filled_articles(base, articles))
    pages = pages_of([document], tmp_path / "big.pdf")
    assert len(pages) > 40 and f"-{len(pages)}/{len(pages)}-" in pages[-1]
    assert "총40회분할교부" in pages[0]
    assert pages[-1].count("(인)") == 2
