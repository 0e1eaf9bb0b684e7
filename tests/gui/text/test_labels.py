"""Enum labels: two enums sharing a value ("staff") keep their own names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hubdesk.domain.enums import GrantKind, StaffRole
from hubdesk.gui.i18n import install_translators
from hubdesk.gui.text.labels import label


@pytest.fixture
def korean(qapp: object) -> Iterator[None]:
    install_translators("ko")
    yield
    install_translators("en")


def test_a_shared_value_keeps_each_enums_label(korean: None) -> None:
    assert StaffRole.STAFF == GrantKind.STAFF == "staff"  # equal as strings
    assert label(StaffRole.STAFF) == "담당자"
    assert label(GrantKind.STAFF) == "전문인력"
