"""The NSIS script takes its version from the package and knows HubDesk's files as
HubDesk names them (data folder, lock file, backups, settings)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import hubdesk
from hubdesk.storage import paths
from hubdesk.storage.backup import backup_folder
from hubdesk.storage.lock import FileLock, lock_path
from installer import build

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = (ROOT / "installer" / "hubdesk.nsi").read_text(encoding="utf-8")


def define(name: str) -> str:
    match = re.search(rf'^!define {name} "([^"]*)"', SCRIPT, re.MULTILINE)
    assert match, f"{name} is not defined"
    return match[1]


def test_the_version_is_never_written_in_the_script() -> None:
    assert not re.search(r"^\s*!define\s+(VERSION|FILE_VERSION)\b", SCRIPT, re.MULTILINE)
    assert "!ifndef VERSION" in SCRIPT and "!error" in SCRIPT
    assert 'Name "${PRODUCT} ${VERSION}"' in SCRIPT
    assert 'VIProductVersion "${FILE_VERSION}"' in SCRIPT
    assert 'WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"' in SCRIPT


def test_build_passes_the_package_version(tmp_path: Path) -> None:
    command = build.makensis_command("makensis", tmp_path, tmp_path / "setup.exe", None, "win32")
    assert f"-DVERSION={hubdesk.__version__}" in command
    assert f"-DFILE_VERSION={hubdesk.__version__}.0" in command
    assert "-DAPP_EXE=HubDesk.exe" in command
    assert "-DCLI_EXE=hubdesk-cli.exe" in command
    assert command[-1].endswith("hubdesk.nsi")
    assert command[command.index("-INPUTCHARSET") + 1] == "UTF8"


def test_the_installer_needs_no_administrator() -> None:
    assert re.search(r"^RequestExecutionLevel user$", SCRIPT, re.MULTILINE)
    assert '"$LOCALAPPDATA\\Programs\\${PRODUCT}"' in SCRIPT
    assert '"$PROGRAMFILES64\\${PRODUCT}"' in SCRIPT


def test_korean_and_english_with_every_text_in_both() -> None:
    assert '!insertmacro MUI_LANGUAGE "Korean"' in SCRIPT
    assert '!insertmacro MUI_LANGUAGE "English"' in SCRIPT
    korean = set(re.findall(r"^LangString (\w+) \$\{LANG_KOREAN\}", SCRIPT, re.MULTILINE))
    english = set(re.findall(r"^LangString (\w+) \$\{LANG_ENGLISH\}", SCRIPT, re.MULTILINE))
    assert korean and korean == english
    used = set(re.findall(r"\$\((\w+)\)", SCRIPT))
    assert used <= korean, used - korean


def test_data_folder_and_file_are_hubdesks_default() -> None:
    folder = define("DATA_FOLDER").replace("\\", "/")
    assert folder == f"{paths.APP_NAME}/{paths.APP_NAME}"  # user_data_path(app, author)
    assert define("DATA_FILE") == paths.FILE_NAME
    default = Path("/data") / paths.FILE_NAME
    assert define("BACKUP_FOLDER") == backup_folder(default).name


def test_the_lock_the_installer_reads_is_the_one_hubdesk_writes(tmp_path: Path) -> None:
    database = tmp_path / paths.FILE_NAME
    assert '"$R9.lock"' in SCRIPT
    assert lock_path(database).name == database.name + ".lock"
    lock = FileLock(database, "홍길동")
    assert lock.acquire() is None
    text = lock_path(database).read_text(encoding="utf-8")
    assert "\n" not in text.strip()  # FileRead reads one line
    # The script finds the PC and the process by these very characters.
    assert '"host": "' in text and '"pid": ' in text
    assert 'StrCpy $R2 \'"host": "\'' in SCRIPT
    assert "StrCpy $R2 '\"pid\": '" in SCRIPT
    data = json.loads(text)
    assert text.index('"pid": ') + len('"pid": ') == text.index(str(data["pid"]))
    lock.release()


def test_the_last_file_is_read_where_qsettings_keeps_it() -> None:
    start = (ROOT / "hubdesk" / "gui" / "start.py").read_text(encoding="utf-8")
    settings = (ROOT / "hubdesk" / "gui" / "ui_settings.py").read_text(encoding="utf-8")
    assert 'setOrganizationName("HubDesk")' in start
    assert 'setApplicationName("HubDesk")' in start
    assert '"files/last"' in settings
    assert define("SETTINGS_FILES_KEY") == "Software\\HubDesk\\HubDesk\\files"
    assert 'ReadRegStr $R9 HKCU "${SETTINGS_FILES_KEY}" "last"' in SCRIPT


def test_the_uninstaller_removes_the_program_only() -> None:
    uninstall = SCRIPT[SCRIPT.index('Section "Uninstall"') :]
    assert 'RMDir /r "$INSTDIR\\_internal"' in uninstall
    assert 'RMDir /r "$INSTDIR"' not in SCRIPT
    assert "DATA_FOLDER" not in uninstall.split("DetailPrint")[0]
    assert "$(UnDataKept)" in uninstall


def test_an_upgrade_removes_the_previous_version_first() -> None:
    section = SCRIPT[SCRIPT.index('Section "$(SecProgram)"') :]
    order = [section.index(call) for call in ("RefuseWhileOpen", "RemovePrevious", "File /r")]
    assert order == sorted(order)
    assert "/S /Upgrade _?=$R0" in SCRIPT


def test_one_signing_command_signs_the_uninstaller_and_the_installer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(build.SIGN_VARIABLE, raising=False)
    unsigned = build.makensis_command("makensis", tmp_path, tmp_path / "setup.exe", None, "win32")
    assert not any(argument.startswith("-DSIGN_CMD=") for argument in unsigned)
    command = "signtool sign /fd SHA256 /tr http://timestamp.example /td SHA256 /a"
    monkeypatch.setenv(build.SIGN_VARIABLE, command)
    signed = build.makensis_command("makensis", tmp_path, tmp_path / "setup.exe", None, "win32")
    assert f"-DSIGN_CMD={command}" in signed
    assert "!finalize '${SIGN_CMD} \"%1\"' = 0" in SCRIPT
    assert "!uninstfinalize '${SIGN_CMD} \"%1\"' = 0" in SCRIPT
