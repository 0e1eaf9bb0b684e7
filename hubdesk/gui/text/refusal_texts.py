"""Words and sentences of refusals beyond one template per error code (gui/messages.py).

The services name records, actions and state changes in plain English words
(``entity="wage line"``, ``action="approve disbursements"``, ``target="reversed"``) and
write some reasons as sentences with numbers in them. These tables give each such word
or sentence its translatable text, all in the "Messages" context.
"""

from __future__ import annotations

import re

from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP

# What kind of record a NotFound, RecordChanged or InvalidTransition names.
ENTITIES: dict[str, str] = {
    "agreement": QT_TRANSLATE_NOOP("Messages", "agreement"),
    "application": QT_TRANSLATE_NOOP("Messages", "application"),
    "checklist item": QT_TRANSLATE_NOOP("Messages", "checklist item"),
    "consultant": QT_TRANSLATE_NOOP("Messages", "consultant"),
    "disbursement": QT_TRANSLATE_NOOP("Messages", "disbursement"),
    "expense": QT_TRANSLATE_NOOP("Messages", "expense"),
    "hub settings": QT_TRANSLATE_NOOP("Messages", "hub settings"),
    "mou": QT_TRANSLATE_NOOP("Messages", "MOU"),
    "program": QT_TRANSLATE_NOOP("Messages", "program"),
    "renewal of tenancy": QT_TRANSLATE_NOOP("Messages", "renewal of tenancy"),
    "session": QT_TRANSLATE_NOOP("Messages", "session"),
    "settlement": QT_TRANSLATE_NOOP("Messages", "settlement"),
    "space": QT_TRANSLATE_NOOP("Messages", "space"),
    "staff member": QT_TRANSLATE_NOOP("Messages", "staff member"),
    "team": QT_TRANSLATE_NOOP("Messages", "team"),
    "tenancy": QT_TRANSLATE_NOOP("Messages", "tenancy"),
    "wage line": QT_TRANSLATE_NOOP("Messages", "wage line"),
}

# What a PermissionDenied says the person may not do.
ACTIONS: dict[str, str] = {
    "approve disbursements": QT_TRANSLATE_NOOP("Messages", "approve disbursements"),
    "reject disbursements": QT_TRANSLATE_NOOP("Messages", "reject disbursements"),
    "change the hub settings": QT_TRANSLATE_NOOP("Messages", "change the hub settings"),
    "change the days off": QT_TRANSLATE_NOOP("Messages", "change the days off"),
    "add accounts": QT_TRANSLATE_NOOP("Messages", "add accounts"),
    "change roles": QT_TRANSLATE_NOOP("Messages", "change roles"),
    "activate or deactivate accounts": QT_TRANSLATE_NOOP(
        "Messages", "activate or deactivate accounts"
    ),
    "reset passwords": QT_TRANSLATE_NOOP("Messages", "reset passwords"),
    "unlock accounts": QT_TRANSLATE_NOOP("Messages", "unlock accounts"),
    "create the first administrator": QT_TRANSLATE_NOOP(
        "Messages", "create the first administrator"
    ),
}

# States and steps an InvalidTransition names in words rather than by an enum member.
STATE_WORDS: dict[str, str] = {
    "allocated": QT_TRANSLATE_NOOP("Messages", "allocated"),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "cancelled"),
    "ended": QT_TRANSLATE_NOOP("Messages", "ended"),
    "renewed": QT_TRANSLATE_NOOP("Messages", "renewed"),
    "in use": QT_TRANSLATE_NOOP("Messages", "in use"),
}

# An InvalidTransition whose target is a step, not a state: one sentence per
# (entity, step), with the error's values {key} and {current}.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("program", "deleted"): QT_TRANSLATE_NOOP(
        "Messages", "Program {key} is used by agreements, so it cannot be deleted."
    ),
    ("agreement", "discarded"): QT_TRANSLATE_NOOP(
        "Messages",
        "Agreement {key} can no longer be discarded: it is {current}, "
        "or money is planned or paid on it.",
    ),
    ("agreement", "draft"): QT_TRANSLATE_NOOP(
        "Messages",
        "The signing of agreement {key} can no longer be undone: it is {current}, "
        "or money is planned or paid on it.",
    ),
    ("agreement", "new disbursement"): QT_TRANSLATE_NOOP(
        "Messages", "Agreement {key} is {current}: no money can be planned or requested on it."
    ),
    ("agreement", "paid"): QT_TRANSLATE_NOOP(
        "Messages", "Agreement {key} is {current}: nothing can be paid on it."
    ),
    ("agreement", "settlement"): QT_TRANSLATE_NOOP(
        "Messages", "Agreement {key} is {current}: its settlement cannot be opened."
    ),
    ("disbursement", "removed"): QT_TRANSLATE_NOOP(
        "Messages", "Disbursement {key} is {current}, so it cannot be removed."
    ),
    ("disbursement", "reversed"): QT_TRANSLATE_NOOP(
        "Messages",
        "Disbursement {key} cannot be reversed: only a paid disbursement is reversed, "
        "and only once.",
    ),
    ("wage line", "removed"): QT_TRANSLATE_NOOP(
        "Messages",
        "The wage line of {key} is part of the request {current}, so it cannot be removed.",
    ),
    ("settlement", "removed"): QT_TRANSLATE_NOOP(
        "Messages",
        "Opening the settlement of {key} can no longer be undone: it has expenses, "
        "or the agreement has moved on.",
    ),
    ("settlement", "changed"): QT_TRANSLATE_NOOP(
        "Messages", "This settlement is closed and cannot change any more."
    ),
}


# The parts of a business number that are never all zeros (domain/brn.py).
BRN_PARTS: dict[str, str] = {
    "tax office code": QT_TRANSLATE_NOOP("Messages", "tax office code"),
    "type code": QT_TRANSLATE_NOOP("Messages", "type code"),
    "serial number": QT_TRANSLATE_NOOP("Messages", "serial number"),
}


def _reason(pattern: str, template: str) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern), template


CODE_POINT = r"U\+(?P<code>[0-9A-F]{4,6})"

# The text door's reasons (domain/text.py, services/boundary.py, domain/phones.py).
DOOR_REASONS: list[tuple[re.Pattern[str], str]] = [
    _reason(
        rf"^contains the control character {CODE_POINT}$",
        QT_TRANSLATE_NOOP("Messages", "contains the invisible control character U+{code}"),
    ),
    _reason(
        rf"^contains the text-direction control {CODE_POINT}$",
        QT_TRANSLATE_NOOP(
            "Messages",
            "contains the hidden text-direction character U+{code}, "
            "which makes text read differently from what is stored",
        ),
    ),
    _reason(
        rf"^contains the broken character {CODE_POINT}$",
        QT_TRANSLATE_NOOP(
            "Messages", "contains a broken character (U+{code}); type or paste the text again"
        ),
    ),
    _reason(
        r"^contains a character that cannot be stored$",
        QT_TRANSLATE_NOOP("Messages", "contains a character that cannot be stored"),
    ),
    _reason(r"^must be one line$", QT_TRANSLATE_NOOP("Messages", "must be one line")),
    _reason(
        r"^(?P<value>.+) is not a Korean phone number$",
        QT_TRANSLATE_NOOP(
            "Messages", "{value} is not a Korean phone number (for example 010-1234-5678)"
        ),
    ),
]


AMOUNT = r"-?[\d,]+"
DAY = r"\d{4}-\d{2}-\d{2}"

# The grant services' reasons (services/grants.py, program_checks.py, disbursements.py,
# settlements.py, settings.py, domain/money.py check_amount). A group named
# ``team_status`` holds a TeamStatus value and is shown by its label.
GRANT_REASONS: list[tuple[re.Pattern[str], str]] = [
    _reason(
        r"^(?P<value>.+) is not a whole won amount$",
        QT_TRANSLATE_NOOP("Messages", "{value} is not a whole amount of won"),
    ),
    _reason(
        rf"^(?P<amount>{AMOUNT}) won must be positive$",
        QT_TRANSLATE_NOOP("Messages", "{amount} won: the amount must be more than 0 won"),
    ),
    _reason(
        rf"^(?P<amount>{AMOUNT}) won is too large$",
        QT_TRANSLATE_NOOP("Messages", "{amount} won is too large"),
    ),
    _reason(
        r"^(?P<team>.+) is (?P<team_status>operating|dormant|closed|archived)$",
        QT_TRANSLATE_NOOP("Messages", "{team} is {team_status}"),
    ),
    _reason(
        r"^the grant must be more than 0 won$",
        QT_TRANSLATE_NOOP("Messages", "the grant must be more than 0 won"),
    ),
    _reason(
        rf"^(?P<clawback>{AMOUNT}) won is more than the (?P<paid>{AMOUNT}) paid$",
        QT_TRANSLATE_NOOP("Messages", "{clawback} won is more than the {paid} won paid"),
    ),
    _reason(
        r"^needs at least one ratio$",
        QT_TRANSLATE_NOOP("Messages", "needs at least one percent"),
    ),
    _reason(
        r"^a staff program needs a wage cap$",
        QT_TRANSLATE_NOOP("Messages", "a professional-staff program needs a monthly wage cap"),
    ),
    _reason(
        r"^(?P<year>\d+) already has a (?P<code>.+) program$",
        QT_TRANSLATE_NOOP("Messages", "{year} already has a {code} program"),
    ),
    _reason(
        r"^cannot change: the program's agreements are numbered with it$",
        QT_TRANSLATE_NOOP(
            "Messages", "cannot change: the program's agreements are numbered with it"
        ),
    ),
    _reason(
        rf"^(?P<amount>{AMOUNT}) won is already committed in agreements$",
        QT_TRANSLATE_NOOP("Messages", "{amount} won is already committed in agreements"),
    ),
    _reason(
        rf"^an agreement of this program grants (?P<amount>{AMOUNT}) won$",
        QT_TRANSLATE_NOOP("Messages", "an agreement of this program grants {amount} won"),
    ),
    _reason(
        r"^agreement (?P<number>\S+) has a lower co-payment$",
        QT_TRANSLATE_NOOP("Messages", "agreement {number} has a lower co-payment"),
    ),
    _reason(
        rf"^a wage line supports (?P<amount>{AMOUNT}) won a month$",
        QT_TRANSLATE_NOOP("Messages", "a wage line supports {amount} won a month"),
    ),
    _reason(
        r"^exceeds the gross wage$",
        QT_TRANSLATE_NOOP("Messages", "is more than the gross wage"),
    ),
    _reason(
        r"^(?P<number>\S+) was not discarded$",
        QT_TRANSLATE_NOOP("Messages", "{number} is not the number of a discarded draft"),
    ),
    _reason(
        r"^is not a staff-support agreement$",
        QT_TRANSLATE_NOOP("Messages", "is not a professional-staff agreement"),
    ),
    _reason(
        r"^(?P<name>.+) already has a wage line for (?P<month>\S+)$",
        QT_TRANSLATE_NOOP("Messages", "{name} already has a wage line for {month}"),
    ),
    _reason(
        r"^no open wage lines for (?P<month>\S+)$",
        QT_TRANSLATE_NOOP("Messages", "no wage line of {month} is left to request"),
    ),
    _reason(
        rf"^(?P<day>{DAY}) is outside (?P<start>{DAY})–(?P<end>{DAY})$",
        QT_TRANSLATE_NOOP("Messages", "{day} is outside the period {start} – {end}"),
    ),
    _reason(
        r"^(?P<count>\d+) still undecided$",
        QT_TRANSLATE_NOOP("Messages", "{count} are not decided yet"),
    ),
    _reason(
        rf"^(?P<returned>{AMOUNT}) won returned, but (?P<owed>{AMOUNT}) won is owed back$",
        QT_TRANSLATE_NOOP("Messages", "{returned} won returned, but {owed} won is owed back"),
    ),
    _reason(
        r"^needs one to five titles$",
        QT_TRANSLATE_NOOP("Messages", "needs one to five titles"),
    ),
    _reason(
        r"^needs one to (?P<n>\d+) articles$",
        QT_TRANSLATE_NOOP("Messages", "needs one to {n} articles"),
    ),
    _reason(
        r"^article (?P<number>\d+) needs a title and a text$",
        QT_TRANSLATE_NOOP("Messages", "article {number} needs a title and a text"),
    ),
    _reason(
        r"^article (?P<number>\d+): title is longer than (?P<n>\d+) characters$",
        QT_TRANSLATE_NOOP("Messages", "article {number}: the title is longer than {n} characters"),
    ),
    _reason(
        r"^article (?P<number>\d+): text is longer than (?P<n>\d+) characters$",
        QT_TRANSLATE_NOOP("Messages", "article {number}: the text is longer than {n} characters"),
    ),
    _reason(
        r"^article (?P<number>\d+): unknown placeholder (?P<names>.+)$",
        QT_TRANSLATE_NOOP("Messages", "article {number}: unknown placeholder {names}"),
    ),
    _reason(
        rf"^(?P<day>{DAY}) is already a day off$",
        QT_TRANSLATE_NOOP("Messages", "{day} is already a day off"),
    ),
]

# Field names of the grant and settings services that are no stored column; the other
# hub settings are named as the audit page names them (audit_names.setting_name).
GRANT_FIELDS: dict[str, str] = {
    "clawback": QT_TRANSLATE_NOOP("Messages", "Clawback"),
    "agreement": QT_TRANSLATE_NOOP("Messages", "Agreement"),
    "expenses": QT_TRANSLATE_NOOP("Messages", "Expenses"),
    "max_stay_months": QT_TRANSLATE_NOOP("Messages", "Maximum stay"),  # without "(months)"
    "deposit_months": QT_TRANSLATE_NOOP("Messages", "Deposit"),
}
