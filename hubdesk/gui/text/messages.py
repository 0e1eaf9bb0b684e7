"""Turn a typed domain error (code and values) into a translated sentence for the user."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from hubdesk.domain.enums import FundingSource, TeamStatus
from hubdesk.domain.errors import HubDeskError, ValidationError
from hubdesk.gui.text.audit_names import field_name as column_name
from hubdesk.gui.text.audit_names import setting_name
from hubdesk.gui.text.file_reasons import FILE_CODES, file_reason
from hubdesk.gui.text.labels import label
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP
from hubdesk.gui.text.refusal_texts import (
    ACTIONS,
    BRN_PARTS,
    DOOR_REASONS,
    ENTITIES,
    GRANT_FIELDS,
    GRANT_REASONS,
    STATE_WORDS,
    TRANSITIONS,
)

# One sentence per error code; the placeholders are the error's value names.
TEMPLATES: dict[str, str] = {
    "invalid_value": QT_TRANSLATE_NOOP("Messages", "{field}: {reason}"),
    "not_found": QT_TRANSLATE_NOOP("Messages", "The record no longer exists ({entity} {key})."),
    "database_file": QT_TRANSLATE_NOOP("Messages", "{path}: {reason}"),
    "storage_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full, so the change was not saved ({path}). "
        "Free some space and make the change again.",
    ),
    "brn_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The business number {value} must have 10 digits."
    ),
    "brn_not_issued": QT_TRANSLATE_NOOP(
        "Messages", "The business number {value} cannot have been issued: its {part} is all zeros."
    ),
    "brn_checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "The check digit of business number {value} is {actual}; {expected} was expected. "
        "Please check the number on the registration certificate.",
    ),
    "brn_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "The business number {value} is already registered for {team_name}."
    ),
    "team_has_records": QT_TRANSLATE_NOOP(
        "Messages",
        "{team_name} has {tenancies} tenancies, {sessions} sessions, {agreements} "
        "agreements, {applications} applications and {purchases} public purchases, so it "
        "cannot be deleted. Close or archive it instead.",
    ),
    "resident_number": QT_TRANSLATE_NOOP(
        "Messages", "{field}: resident registration numbers are never stored."
    ),
    "period_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The end date {end} must be after the start date {start}."
    ),
    "seats_exceeded": QT_TRANSLATE_NOOP(
        "Messages",
        "{space_code} has {capacity} seats. On {on}, {taken} are taken by {clashes}, "
        "so {requested} more do not fit.",
    ),
    "private_office_taken": QT_TRANSLATE_NOOP(
        "Messages", "The private office {space_code} is let to {clashes} in that period."
    ),
    "space_not_lettable": QT_TRANSLATE_NOOP(
        "Messages", "{space_code} ({kind}) is not let to teams."
    ),
    "max_stay_exceeded": QT_TRANSLATE_NOOP(
        "Messages",
        "The stay would run {months} months ({start} – {end}); "
        "the hub allows at most {max_months} months.",
    ),
    "consultant_double_booked": QT_TRANSLATE_NOOP(
        "Messages", "{consultant} already has a session at that time: {clash}."
    ),
    "team_double_booked": QT_TRANSLATE_NOOP(
        "Messages", "{team_name} already has a session at that time: {clash}."
    ),
    "outside_mou_period": QT_TRANSLATE_NOOP(
        "Messages", "{on} is outside the MOU period {start} – {end}."
    ),
    "budget_exceeded": QT_TRANSLATE_NOOP(
        "Messages",
        "Program {program} has {budget} won: {committed} committed, {left} left; "
        "{requested} won requested.",
    ),
    "cap_exceeded": QT_TRANSLATE_NOOP(
        "Messages", "The grant of {requested} won exceeds the cap of {cap} won per team."
    ),
    "copayment_too_low": QT_TRANSLATE_NOOP(
        "Messages",
        "The co-payment {copayment} won is below {ratio_percent}% of the total cost "
        "{total} won (at least {required} won; support no. {times_supported}).",
    ),
    "overpayment": QT_TRANSLATE_NOOP(
        "Messages",
        "Agreement {agreement} grants {grant} won: {paid} paid, {left} left; "
        "{requested} won requested.",
    ),
    "four_eyes": QT_TRANSLATE_NOOP(
        "Messages",
        "Disbursement {disbursement} was requested by {requester}; "
        "another staff member must approve it.",
    ),
    "not_the_requester": QT_TRANSLATE_NOOP(
        "Messages",
        "Disbursement {disbursement} was requested by {requester}; "
        "only they can withdraw the request.",
    ),
    "not_the_approver": QT_TRANSLATE_NOOP(
        "Messages",
        "Disbursement {disbursement} was approved by {approver}; "
        "only they can take the approval back.",
    ),
    "wage_cap_exceeded": QT_TRANSLATE_NOOP(
        "Messages", "Wage support of {amount} won for {month} exceeds the monthly cap of {cap} won."
    ),
    "invalid_transition": QT_TRANSLATE_NOOP(
        "Messages", "{entity} {key} cannot go from {current} to {target}."
    ),
    "approved_above_claimed": QT_TRANSLATE_NOOP(
        "Messages", "The approved {approved} won exceeds the claimed {claimed} won."
    ),
    "expense_category": QT_TRANSLATE_NOOP(
        "Messages", "The expense category {category} is not eligible in program {program}."
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "{user} ({role}) may not {action}."),
    "sign_in_failed": QT_TRANSLATE_NOOP("Messages", "The username or password is wrong."),
    "wrong_password": QT_TRANSLATE_NOOP(
        "Messages",
        "The username or password is wrong. {attempts_left} more wrong tries lock the account "
        "for 15 minutes.",
    ),
    "account_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The account {username} is locked after repeated wrong passwords until {until}. "
        "An administrator can unlock it sooner.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is open read-only because someone else has it open: the change was not saved.",
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} is damaged and cannot be opened ({detail}). Restore it from a backup.",
    ),
    "record_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this record ({entity} {key}) meanwhile. "
        "Reload it and make the change again.",
    ),
    "export_cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled: no file was written."),
    "export_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Exporting without masking personal data needs a reason."
    ),
    "export_unencodable": QT_TRANSLATE_NOOP(
        "Messages",
        "{encoding} cannot write the character {character} (row {row}, column {column}). "
        "Export as UTF-8 instead.",
    ),
    "export_file": QT_TRANSLATE_NOOP("Messages", "{path}: {reason}"),
    "date_missing": QT_TRANSLATE_NOOP("Messages", "Enter a date."),
    "date_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "\u2018{text}\u2019 is not a date: type it like 2027-01-01, 2027.1.1 or 20270101.",
    ),
    "month_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "\u2018{text}\u2019 is not a month: type it like 2027-01, 2027.1 or 202701."
    ),
    "date_no_such_month": QT_TRANSLATE_NOOP(
        "Messages", "There is no month {month} (\u2018{text}\u2019)."
    ),
    "date_no_such_day": QT_TRANSLATE_NOOP(
        "Messages", "Month {month} of {year} has {last_day} days (\u2018{text}\u2019)."
    ),
    "date_weekday_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{day} is a {actual}, not a {written} (\u2018{text}\u2019)."
    ),
    "date_too_early": QT_TRANSLATE_NOOP(
        "Messages", "{day} is before {first}, the first day allowed."
    ),
    "date_too_late": QT_TRANSLATE_NOOP("Messages", "{day} is after {last}, the last day allowed."),
    "amount_missing": QT_TRANSLATE_NOOP("Messages", "Enter an amount."),
    "amount_character": QT_TRANSLATE_NOOP(
        "Messages",
        "\u2018{character}\u2019 cannot be part of an amount: "
        "type it like 3,000,000, 300만 or 1억 2,000만.",
    ),
    "amount_shape": QT_TRANSLATE_NOOP(
        "Messages",
        "\u2018{text}\u2019 is not an amount: type it like 3,000,000, 300만 or 1억 2,000만.",
    ),
    "amount_fraction": QT_TRANSLATE_NOOP(
        "Messages", "\u2018{text}\u2019 is not a whole number of won."
    ),
    "amount_too_small": QT_TRANSLATE_NOOP(
        "Messages", "{amount} won is below the minimum of {minimum} won."
    ),
    "amount_too_large": QT_TRANSLATE_NOOP(
        "Messages", "{amount} won is above the maximum of {maximum} won."
    ),
}

# Typed dates name their year, month and day as numbers, never as 2,027.
_DATE_NUMBERS = ("year", "month", "day", "last_day")
WEEKDAYS: dict[str, str] = {
    "Monday": QT_TRANSLATE_NOOP("Messages", "Monday"),
    "Tuesday": QT_TRANSLATE_NOOP("Messages", "Tuesday"),
    "Wednesday": QT_TRANSLATE_NOOP("Messages", "Wednesday"),
    "Thursday": QT_TRANSLATE_NOOP("Messages", "Thursday"),
    "Friday": QT_TRANSLATE_NOOP("Messages", "Friday"),
    "Saturday": QT_TRANSLATE_NOOP("Messages", "Saturday"),
    "Sunday": QT_TRANSLATE_NOOP("Messages", "Sunday"),
}

# Field names the dialogs show that are not stored columns (or read better here);
# every other field is named as the audit page names its setting or column.
FIELDS: dict[str, str] = {
    "founded_on": QT_TRANSLATE_NOOP("Messages", "Founded on"),
    "minutes": QT_TRANSLATE_NOOP("Messages", "Length in minutes"),
    "follow_up": QT_TRANSLATE_NOOP("Messages", "Follow-up actions"),
    "fields": QT_TRANSLATE_NOOP("Messages", "Fields"),
    "yearly_quota_hours": QT_TRANSLATE_NOOP("Messages", "Yearly quota"),
    "team": QT_TRANSLATE_NOOP("Messages", "Team"),
    "on": QT_TRANSLATE_NOOP("Messages", "Date"),
    "end": QT_TRANSLATE_NOOP("Messages", "End"),
    "password": QT_TRANSLATE_NOOP("Messages", "Password"),
    "text": QT_TRANSLATE_NOOP("Messages", "Search"),
    "search": QT_TRANSLATE_NOOP("Messages", "Search"),
    "old_password": QT_TRANSLATE_NOOP("Messages", "Current password"),
    **GRANT_FIELDS,
}

# The services' recurring reasons (services/base.py); anything else is shown as it is.
_REASONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^must not be empty$"), QT_TRANSLATE_NOOP("Messages", "must not be empty")),
    (
        re.compile(r"^is longer than (?P<n>\d+) characters$"),
        QT_TRANSLATE_NOOP("Messages", "is longer than {n} characters"),
    ),
    (
        re.compile(r"^(?P<value>.+) is not a whole number$"),
        QT_TRANSLATE_NOOP("Messages", "{value} is not a whole number"),
    ),
    (
        re.compile(r"^(?P<value>-?\d+) is not between (?P<low>-?\d+) and (?P<high>-?\d+)$"),
        QT_TRANSLATE_NOOP("Messages", "{value} is not between {low} and {high}"),
    ),
    (
        re.compile(r"^needs at least (?P<n>\d+) characters$"),
        QT_TRANSLATE_NOOP("Messages", "needs at least {n} characters"),
    ),
    (
        re.compile(r"^must not start or end with a space$"),
        QT_TRANSLATE_NOOP("Messages", "must not start or end with a space"),
    ),
    (
        re.compile(r"^is not the current password$"),
        QT_TRANSLATE_NOOP("Messages", "is not the current password"),
    ),
    (
        re.compile(r"^the last administrator must stay one$"),
        QT_TRANSLATE_NOOP(
            "Messages", "the last administrator cannot lose the role or be deactivated"
        ),
    ),
    (
        re.compile(r"^(?P<value>.+) already exists$"),
        QT_TRANSLATE_NOOP("Messages", "{value} already exists"),
    ),
    (
        re.compile(r"^(?P<value>.+) is not a login name$"),
        QT_TRANSLATE_NOOP(
            "Messages", "{value} is not a login name (lower-case latin letters and digits)"
        ),
    ),
    *DOOR_REASONS,
    # Wrong types at the services' door (services/boundary.py): imports and scripts.
    *(
        (re.compile(rf"^(?P<value>.+) is not {kind}$"), template)
        for kind, template in (
            ("text", QT_TRANSLATE_NOOP("Messages", "{value} is not text")),
            ("a date", QT_TRANSLATE_NOOP("Messages", "{value} is not a date")),
            ("a number", QT_TRANSLATE_NOOP("Messages", "{value} is not a number")),
            ("a list", QT_TRANSLATE_NOOP("Messages", "{value} is not a list")),
            ("yes or no", QT_TRANSLATE_NOOP("Messages", "{value} is not yes or no")),
            ("a time of day", QT_TRANSLATE_NOOP("Messages", "{value} is not a time of day")),
            (
                "one of the choices",
                QT_TRANSLATE_NOOP("Messages", "{value} is not one of the choices"),
            ),
        )
    ),
    (
        re.compile(r"^(?P<value>\S+) is outside the years (?P<first>\d+)–(?P<last>\d+)$"),
        QT_TRANSLATE_NOOP("Messages", "{value} is outside the years {first}–{last}"),
    ),
    *GRANT_REASONS,
]

# A budget refusal names the program with its source: "2026 사업개발비 지원사업 (city)".
_PROGRAM_SOURCE = re.compile(r"^(?P<program>.+) \((?P<source>national|city|district)\)$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _shown(value: Any) -> str:
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set):
        return ", ".join(_shown(item) for item in value)
    return str(value)


def field_name(field: str) -> str:
    """A field as dialogs name it; a hub setting or a stored column as the audit page names it."""
    name = FIELDS.get(field)
    return _tr(name) if name else setting_name(field) or column_name(field)


def _reason(reason: str) -> str:
    for pattern, template in _REASONS:
        match = pattern.match(reason)
        if match:
            groups = match.groupdict()
            if "team_status" in groups:
                groups["team_status"] = label(TeamStatus(groups["team_status"]))
            return _tr(template).format(**groups)
    return reason


def _word(table: dict[str, str], value: Any) -> str:
    """A service's English word for a record, action or state, translated."""
    if isinstance(value, str) and not isinstance(value, StrEnum) and value in table:
        return _tr(table[value])
    return _shown(value)


def _program(text: str) -> str:
    """``2026 2026년 … 지원사업 (city)`` → ``2026년 … 지원사업 (시비)``."""
    match = _PROGRAM_SOURCE.match(text)
    if match is None:
        return text
    year, _space, name = match["program"].partition(" ")
    program = name if year.isdigit() and year in name else match["program"]
    return f"{program} ({label(FundingSource(match['source']))})"


def _template(error: HubDeskError) -> str | None:
    """The sentence of ``error``: a step of a record has its own (see TRANSITIONS)."""
    target = error.values.get("target")
    if error.code == "invalid_transition" and not isinstance(target, StrEnum):
        step = TRANSITIONS.get((str(error.values.get("entity")), str(target)))
        if step is not None:
            return step
    return TEMPLATES.get(error.code)


def _values(error: HubDeskError) -> dict[str, str]:
    values = {name: _shown(value) for name, value in error.values.items()}
    found = error.values
    if "entity" in found:
        values["entity"] = _word(ENTITIES, found["entity"])
    if "action" in found:
        values["action"] = _word(ACTIONS, found["action"])
    for name in ("current", "target"):
        if name in found:
            values[name] = _word(STATE_WORDS, found[name])
    if error.code == "brn_not_issued" and "part" in found:
        values["part"] = _word(BRN_PARTS, found["part"])
    if error.code == "budget_exceeded" and isinstance(found.get("program"), str):
        values["program"] = _program(found["program"])
    if error.code.startswith("date_"):
        values.update({name: str(found[name]) for name in _DATE_NUMBERS if name in found})
        for name in ("actual", "written"):
            if name in found:
                values[name] = _word(WEEKDAYS, found[name])
    if error.code in FILE_CODES:
        for name in ("reason", "detail"):
            if name in found:
                values[name] = file_reason(str(found[name]))
    if isinstance(error, ValidationError) and "field" in found:
        values["field"] = field_name(str(found["field"]))
        if "reason" in found:
            values["reason"] = _reason(str(found["reason"]))
    return values


def describe(error: HubDeskError) -> str:
    """The error as one translated sentence."""
    template = _template(error)
    if template is None:
        return error.message
    try:
        return _tr(template).format(**_values(error))
    except (KeyError, IndexError):
        return error.message
