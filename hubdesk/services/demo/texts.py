"""Korean sentences for the demo data: consulting notes, reasons, purposes, courses."""

from __future__ import annotations

import random

from hubdesk.domain.enums import ConsultingField as F

TOPICS: dict[F, tuple[str, ...]] = {
    F.STRATEGY: (
        "중장기 사업계획 수립",
        "수익모델 재설계",
        "신규 사업 타당성 검토",
        "조직 운영체계 점검",
    ),
    F.ACCOUNTING_TAX: (
        "부가가치세 신고 준비",
        "회계장부 정리와 결산",
        "보조금 회계 처리",
        "법인세 신고 검토",
    ),
    F.LABOR_HR: (
        "근로계약서 정비",
        "4대보험과 급여 체계",
        "취업규칙 작성",
        "조합원 고용 관계 정리",
    ),
    F.LEGAL: (
        "정관 변경 절차",
        "공공기관 계약 조건 검토",
        "개인정보 처리방침 점검",
        "상표 출원 검토",
    ),
    F.MARKETING: (
        "온라인 판로 개척",
        "공공구매 입찰 준비",
        "브랜드와 상세페이지 개선",
        "B2B 영업 전략",
    ),
    F.SOCIAL_VALUE: (
        "사회적가치 측정(SVI) 준비",
        "사회적기업 인증 요건 점검",
        "사회공헌 보고서 작성",
        "지역사회 연계 사업 설계",
    ),
    F.FINANCE: (
        "사회적금융 융자 신청",
        "임팩트 투자 유치 준비",
        "자금 흐름 관리",
        "크라우드펀딩 설계",
    ),
    F.IT: (
        "업무 전산화와 클라우드 도입",
        "홈페이지 개편",
        "온라인 예약 시스템 구축",
        "정보보안 기본 점검",
    ),
}

SUMMARIES = (
    "대표자와 {topic} 관련 현황을 점검하고 주요 문제를 정리함.",
    "{topic}에 대해 기업이 준비한 자료를 함께 검토함.",
    "지난 상담 이후 진행 상황을 확인하고 {topic} 방안을 논의함.",
    "구성원 2명이 참석하여 {topic} 관련 질의응답을 진행함.",
)
ADVICE = (
    "우선순위를 세 가지로 좁혀 분기별 실행계획으로 나눌 것을 권고함.",
    "관련 서식과 우수 사례를 공유하고 작성 방법을 안내함.",
    "증빙 관리 방식을 표준화하고 담당자를 지정할 것을 제안함.",
    "유사 기업 사례를 참고하여 단계적으로 추진하도록 조언함.",
    "비용 구조를 다시 계산해 가격 정책을 조정할 것을 권함.",
)
FOLLOW_UPS = (
    "다음 회차에 수정안 검토 예정.",
    "기업이 자료 보완 후 메일로 송부하기로 함.",
    "허브센터 담당자가 관련 지원사업 공고를 안내하기로 함.",
    "한 달 후 후속 상담 일정 협의.",
    "후속 조치 없음(상담 종결).",
)
CANCEL_REASONS = (
    "기업 측 일정 변경 요청",
    "컨설턴트 학회 참석으로 일정 조정",
    "대표자 건강 사유",
    "공공구매 입찰 마감과 겹쳐 연기",
)
PLACES_IN_PERSON = (
    "허브센터 2층 회의실",
    "허브센터 3층 회의실",
    "기업 사무실 방문",
    "성공회대학교 연구실",
)
PLACE_ONLINE = "화상회의(Zoom)"

EARLY_END_REASONS = (
    "사업장 확장으로 관외 이전",
    "사업 축소로 조기 퇴거",
    "대표자 개인 사정으로 계약 해지",
    "타 지원기관 입주 선정",
)
END_REASON_EXPIRED = "계약기간 만료"
END_REASON_MAX_STAY = "최대 입주기간(3년) 만료"
RENEWAL_NOTES = (
    "연차 평가 결과 양호, 1년 연장",
    "입주 평가 통과, 고용 실적 우수",
    "입주 평가 통과, 컨설팅 참여 성실",
)

DEVELOPMENT_PURPOSES = (
    "신제품 개발과 시제품 제작",
    "온라인 판로 개척과 홍보물 제작",
    "공공구매 진출을 위한 품질 인증 취득",
    "서비스 매뉴얼 개발과 브랜드 개선",
    "생산 설비 개선과 작업 환경 정비",
)
STAFF_PURPOSE = "전문인력({role}) 1명 인건비 지원"
STAFF_ROLES = ("회계", "마케팅", "디자인", "IT", "경영지원", "사회복지")
EXPENSE_ITEMS = {
    "재료비": ("시제품 원자재 구입", "포장재 구입"),
    "홍보비": ("홍보 리플릿 제작", "온라인 광고 집행"),
    "외주용역비": ("상세페이지 디자인 용역", "제품 촬영 용역"),
    "장비구입비": ("작업용 장비 구입", "노트북 구입"),
    "여비": ("박람회 참가 출장비",),
    "회의비": ("협력기관 간담회 다과",),
    "인건비": ("전문인력 급여",),
}
EVIDENCE = {"인건비": "급여대장, 이체확인증", "여비": "출장신청서, 카드전표", "회의비": "카드전표"}
EVIDENCE_DEFAULT = "세금계산서, 이체확인증"
REJECT_NOTE = "사업 목적과 관련 없는 지출로 불인정"
PARTLY_NOTE = "한도 초과분 불인정"


def session_notes(rng: random.Random, topic: str) -> tuple[str, str, str]:
    """Summary, advice and follow-up of a completed session."""
    return (
        rng.choice(SUMMARIES).format(topic=topic),
        rng.choice(ADVICE),
        rng.choice(FOLLOW_UPS),
    )
