"""Typed errors: each names the broken rule by a stable code and carries the values.

The GUI turns ``code`` and ``values`` into a translated sentence; the command line
prints ``str(error)``, an English sentence built from the same values.
"""

from __future__ import annotations

from typing import Any, ClassVar


class HubDeskError(Exception):
    """Base of every error HubDesk raises on purpose."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "{detail}"

    def __init__(self, **values: Any) -> None:
        self.values: dict[str, Any] = values
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.values)
        except (KeyError, IndexError):
            return f"{self.code}: {self.values}"


class RuleViolation(HubDeskError):
    """A rule of DOMAIN.md would be broken; nothing was written."""

    code = "rule"


class ValidationError(HubDeskError):
    """A field holds a value that cannot be accepted."""

    code = "invalid_value"
    template = "{field}: {reason}"


class NotFound(HubDeskError):
    code = "not_found"
    template = "{entity} {key} does not exist"


class ConfirmationRequired(HubDeskError):
    """A warning the user must confirm (call again with ``confirm=True``)."""

    code = "confirmation_required"


class DatabaseFileError(HubDeskError):
    code = "database_file"
    template = "{path}: {reason}"


class DatabaseDamaged(DatabaseFileError):
    """SQLite's integrity check failed: the file must be restored from a backup."""

    code = "database_damaged"
    template = "{path}: the file is damaged ({detail}); restore it from a backup"


class ReadOnlyFile(HubDeskError):
    """The file is open read-only (someone else has it open): nothing can be changed."""

    code = "read_only"
    template = "{path} is open read-only: changes cannot be saved"


class StorageFull(HubDeskError):
    """The disk (or the file's size limit) is full; the change was not saved."""

    code = "storage_full"
    template = "the disk is full: the change was not saved ({path})"


# --- Teams -------------------------------------------------------------------


class InvalidBusinessNumber(ValidationError):
    code = "brn_invalid"
    template = "business number {value!r} must have 10 digits"


class BusinessNumberNotIssued(InvalidBusinessNumber):
    """Ten digits, but a part that no issued number has all zeros (see domain/brn.py)."""

    code = "brn_not_issued"
    template = "business number {value} cannot have been issued: its {part} is all zeros"


class BusinessNumberChecksum(ConfirmationRequired):
    code = "brn_checksum"
    template = "business number {value} has check digit {actual}, expected {expected}"


class DuplicateBusinessNumber(RuleViolation):
    code = "brn_duplicate"
    template = "business number {value} is already used by team {team_name!r}"


class TeamHasRecords(RuleViolation):
    code = "team_has_records"
    template = (
        "team {team_name!r} has {tenancies} tenancies, {sessions} sessions, "
        "{agreements} agreements, {applications} applications and {purchases} purchases: "
        "close or archive it instead of deleting"
    )


class ResidentNumberNotAllowed(ValidationError):
    code = "resident_number"
    template = "{field}: resident registration numbers are never stored"


# --- Spaces and tenancies ------------------------------------------------------


class InvalidPeriod(ValidationError):
    code = "period_invalid"
    template = "{field}: end {end} must be after start {start}"


class SeatsExceeded(RuleViolation):
    code = "seats_exceeded"
    template = (
        "space {space_code} has {capacity} seats; {taken} are taken on {on} by "
        "{clashes}, so {requested} more do not fit"
    )


class PrivateOfficeTaken(RuleViolation):
    code = "private_office_taken"
    template = "private office {space_code} is let to {clashes} in that period"


class SpaceNotLettable(RuleViolation):
    code = "space_not_lettable"
    template = "space {space_code} ({kind}) is not let to teams"


class MaxStayExceeded(RuleViolation):
    code = "max_stay_exceeded"
    template = (
        "the stay would run {months} months from {start} to {end}; "
        "the hub allows at most {max_months} months"
    )


# --- Consulting ----------------------------------------------------------------


class ConsultantDoubleBooked(RuleViolation):
    code = "consultant_double_booked"
    template = "consultant {consultant} already has a session {clash} at that time"


class TeamDoubleBooked(RuleViolation):
    code = "team_double_booked"
    template = "team {team_name} already has a session {clash} at that time"


class OutsideMouPeriod(RuleViolation):
    code = "outside_mou_period"
    template = "{on} is outside the MOU period {start} – {end}"


# --- Grants --------------------------------------------------------------------


class BudgetExceeded(RuleViolation):
    code = "budget_exceeded"
    template = (
        "program {program} has {budget:,} won; {committed:,} are committed, "
        "{left:,} left, {requested:,} requested"
    )


class CapExceeded(RuleViolation):
    code = "cap_exceeded"
    template = "grant {requested:,} won exceeds the cap of {cap:,} won per team"


class CoPaymentTooLow(RuleViolation):
    code = "copayment_too_low"
    template = (
        "co-payment {copayment:,} won is below {ratio_percent}% of the total cost "
        "{total:,} won (at least {required:,} won; support no. {times_supported})"
    )


class OverPayment(RuleViolation):
    code = "overpayment"
    template = (
        "agreement {agreement} grants {grant:,} won; {paid:,} are paid, "
        "{left:,} left, {requested:,} requested"
    )


class FourEyesViolation(RuleViolation):
    code = "four_eyes"
    template = (
        "disbursement {disbursement} was requested by {requester}; another person must approve it"
    )


class NotTheRequester(RuleViolation):
    """Only the person who requested a disbursement takes the request back."""

    code = "not_the_requester"
    template = "disbursement {disbursement} was requested by {requester}; only they can withdraw it"


class NotTheApprover(RuleViolation):
    """Only the person who approved a disbursement takes the approval back."""

    code = "not_the_approver"
    template = "disbursement {disbursement} was approved by {approver}; only they can take it back"


class WageCapExceeded(RuleViolation):
    code = "wage_cap_exceeded"
    template = "wage support {amount:,} won for {month} exceeds the monthly cap of {cap:,} won"


class InvalidTransition(RuleViolation):
    code = "invalid_transition"
    template = "{entity} {key} cannot go from {current} to {target}"


class ApprovedAboveClaimed(ValidationError):
    code = "approved_above_claimed"
    template = "approved {approved:,} won exceeds the claimed {claimed:,} won"


class ExpenseCategoryNotEligible(RuleViolation):
    code = "expense_category"
    template = "expense category {category!r} is not eligible in program {program}"


class PermissionDenied(RuleViolation):
    code = "permission_denied"
    template = "{user} ({role}) may not {action}"


class SignInFailed(HubDeskError):
    """Unknown username or wrong password (the message does not tell which)."""

    code = "sign_in_failed"
    template = "the username or password is wrong"


class WrongPassword(SignInFailed):
    """A wrong password for an existing account: it counts toward the lock."""

    code = "wrong_password"
    template = "the username or password is wrong ({attempts_left} attempts left before the lock)"


class AccountLocked(HubDeskError):
    code = "account_locked"
    template = "account {username} is locked until {until:%H:%M} after repeated wrong passwords"


class RecordChanged(HubDeskError):
    """Optimistic locking: the record was changed by someone else since it was read."""

    code = "record_changed"
    template = "{entity} {key} was changed by someone else meanwhile; reload and edit again"


# --- Typed values: dates and amounts as people write them -----------------------


class DateMissing(ValidationError):
    code = "date_missing"
    template = "a date is needed"


class DateUnreadable(ValidationError):
    code = "date_unreadable"
    template = "{text!r} is not a date: write it like 2027-01-01, 2027.1.1 or 20270101"


class MonthUnreadable(ValidationError):
    code = "month_unreadable"
    template = "{text!r} is not a month: write it like 2027-01, 2027.1 or 202701"


class NoSuchMonth(ValidationError):
    code = "date_no_such_month"
    template = "{text!r} is not a day: there is no month {month}"


class NoSuchDay(ValidationError):
    code = "date_no_such_day"
    template = "{text!r} is not a day: {year}-{month:02d} has {last_day} days"


class WeekdayMismatch(ValidationError):
    code = "date_weekday_mismatch"
    template = "{text!r}: {day} is a {actual}, not a {written}"


class DateTooEarly(ValidationError):
    code = "date_too_early"
    template = "{day} is before {first}, the first day allowed"


class DateTooLate(ValidationError):
    code = "date_too_late"
    template = "{day} is after {last}, the last day allowed"


class AmountMissing(ValidationError):
    code = "amount_missing"
    template = "an amount is needed"


class AmountCharacter(ValidationError):
    code = "amount_character"
    template = "{text!r}: {character!r} cannot be part of an amount"


class AmountShape(ValidationError):
    code = "amount_shape"
    template = "{text!r} is not an amount: write it like 3,000,000, 300만 or 1억 2,000만"


class AmountFraction(ValidationError):
    code = "amount_fraction"
    template = "{text!r} is not a whole number of won"


class AmountTooSmall(ValidationError):
    code = "amount_too_small"
    template = "{amount:,} won is below the minimum of {minimum:,} won"


class AmountTooLarge(ValidationError):
    code = "amount_too_large"
    template = "{amount:,} won is above the maximum of {maximum:,} won"
