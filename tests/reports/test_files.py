"""Reports are written all or nothing, and the saved file is readable like any new file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hubdesk.reports.files import atomic_target


def test_a_saved_report_gets_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    target = tmp_path / "report.pdf"
    with atomic_target(target) as temporary:
        temporary.write_bytes(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_a_failed_write_leaves_neither_target_nor_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    with pytest.raises(RuntimeError), atomic_target(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("stopped")
    assert os.listdir(tmp_path) == []
