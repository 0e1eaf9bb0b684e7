"""Shared fixtures. Qt must run offscreen: set before any test imports PySide6."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hubdesk.storage import Database  # noqa: E402


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at OWASP's cost takes 128 MiB and ~0.2 s a hash: too slow for hundreds of
    tests. Stored hashes carry their cost, so verifying works either way;
    tests/services/test_accounts.py checks the real cost separately."""
    from hubdesk.services.people import accounts

    monkeypatch.setattr(accounts, "COST", accounts.ScryptCost(n=2**10, r=8, p=1))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database, made once and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "hub.sqlite"
    shutil.copy(template_db, path)
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scale-1 demo made for ``support.hub.TODAY``, once a run: only ever copied."""
    from support.hub import TODAY

    from hubdesk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    generate_demo(path, today=TODAY)
    return path


@pytest.fixture(scope="module")
def module_demo(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """A copy of the demo, open for a module's tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = Database.open(path, create=False)
    yield database
    database.close()


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A test's own copy of the demo, open."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = Database.open(path, create=False)
    yield database
    database.close()
