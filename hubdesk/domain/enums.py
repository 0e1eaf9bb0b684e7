"""The closed vocabularies of DOMAIN.md, as string enums stored by value."""

from __future__ import annotations

from enum import StrEnum


class TeamKind(StrEnum):
    SOCIAL_ENTERPRISE = "social_enterprise"
    PRE_SOCIAL_ENTERPRISE = "pre_social_enterprise"
    VILLAGE_ENTERPRISE = "village_enterprise"
    COOPERATIVE = "cooperative"
    SOCIAL_COOPERATIVE = "social_cooperative"
    SELF_SUFFICIENCY = "self_sufficiency"
    STARTUP_TEAM = "startup_team"
    OTHER = "other"


class TeamStatus(StrEnum):
    OPERATING = "operating"  # 운영 중
    DORMANT = "dormant"  # 휴업·미운영
    CLOSED = "closed"  # 폐업·해산
    ARCHIVED = "archived"  # 보관


class SpaceKind(StrEnum):
    PRIVATE_OFFICE = "private_office"  # 독립형 사무실: one team at a time
    SHARED_OFFICE = "shared_office"  # 공유 사무실: several teams share the seats
    OPEN_DESK = "open_desk"  # 오픈 데스크
    MEETING_ROOM = "meeting_room"  # 회의실: not let to tenants


class TenancyStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"  # ran to its end date or ended early
    CANCELLED = "cancelled"  # never started


class ChecklistKind(StrEnum):
    MOVE_IN = "move_in"
    MOVE_OUT = "move_out"


class ApplicationStatus(StrEnum):
    SUBMITTED = "submitted"  # 접수
    SELECTED = "selected"  # 선정
    WAITLISTED = "waitlisted"  # 대기
    REJECTED = "rejected"  # 탈락
    ALLOCATED = "allocated"  # 입주 배정 완료
    WITHDRAWN = "withdrawn"  # 취소


class ConsultingField(StrEnum):
    STRATEGY = "strategy"
    ACCOUNTING_TAX = "accounting_tax"
    LABOR_HR = "labor_hr"
    LEGAL = "legal"
    MARKETING = "marketing"
    SOCIAL_VALUE = "social_value"
    FINANCE = "finance"
    IT = "it"


class SessionMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class GrantKind(StrEnum):
    DEVELOPMENT_COST = "development_cost"  # 사업개발비
    STAFF = "staff"  # 전문인력


class FundingSource(StrEnum):
    NATIONAL = "national"  # 국비
    CITY = "city"  # 시비
    DISTRICT = "district"  # 구비


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    IN_PROGRESS = "in_progress"
    SETTLEMENT_DUE = "settlement_due"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class DisbursementStatus(StrEnum):
    PLANNED = "planned"
    REQUESTED = "requested"
    APPROVED = "approved"
    PAID = "paid"
    REJECTED = "rejected"


class SettlementStatus(StrEnum):
    OPEN = "open"  # expenses being entered and reviewed
    SUBMITTED = "submitted"
    CLOSED = "closed"


class ExpenseDecision(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    PARTLY_APPROVED = "partly_approved"
    REJECTED = "rejected"


class StaffRole(StrEnum):
    STAFF = "staff"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"


class TrainingCategory(StrEnum):
    ACADEMY = "academy"  # 사회적경제 아카데미
    PROCUREMENT = "procurement"  # 공공구매 담당자 교육
    SCHOOL = "school"  # 학교 교육
    CAMPUS_TOWN = "campus_town"  # 캠퍼스타운
    OTHER = "other"


class TargetMetric(StrEnum):
    OPERATION_RATE = "operation_rate"  # whole percent of registered enterprises operating
    PEOPLE_TRAINED = "people_trained"  # completions in the year
    BUDGET_EXECUTION = "budget_execution"  # won executed, all sources
    BUDGET_CITY = "budget_city"  # won executed from city money (시비)
    BUDGET_DISTRICT = "budget_district"  # won executed from district money (구비)
    PUBLIC_PROCUREMENT = "public_procurement"  # won bought from social-economy enterprises
    # Distinct people trained over the plan's term (4,600): the row of the term's last year.
    PEOPLE_TRAINED_TERM = "people_trained_term"


class ParticipantKind(StrEnum):
    RESIDENT = "resident"  # 주민
    ENTERPRISE_WORKER = "enterprise_worker"  # 기업 종사자
    OFFICIAL = "official"  # 공무원
    STUDENT = "student"  # 학생


class ParticipationStatus(StrEnum):
    APPLIED = "applied"  # 신청
    ATTENDED = "attended"  # 참석 (수료 판정 전)
    COMPLETED = "completed"  # 수료
    NOT_COMPLETED = "not_completed"  # 미수료


class PurchaseCategory(StrEnum):
    GOODS = "goods"  # 물품
    SERVICES = "services"  # 용역
    WORKS = "works"  # 공사


ALLOWED_AGREEMENT_TRANSITIONS: dict[AgreementStatus, frozenset[AgreementStatus]] = {
    AgreementStatus.DRAFT: frozenset({AgreementStatus.SIGNED, AgreementStatus.CANCELLED}),
    AgreementStatus.SIGNED: frozenset({AgreementStatus.IN_PROGRESS, AgreementStatus.CANCELLED}),
    AgreementStatus.IN_PROGRESS: frozenset(
        {AgreementStatus.SETTLEMENT_DUE, AgreementStatus.CANCELLED}
    ),
    AgreementStatus.SETTLEMENT_DUE: frozenset({AgreementStatus.CLOSED, AgreementStatus.CANCELLED}),
    AgreementStatus.CLOSED: frozenset(),
    AgreementStatus.CANCELLED: frozenset(),
}
