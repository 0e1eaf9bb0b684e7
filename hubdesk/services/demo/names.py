"""Korean name pools for the demo data: people, enterprises, addresses, banks."""

from __future__ import annotations

import random

from hubdesk.domain.enums import TeamKind

# Surnames repeated roughly by how common they are, so a uniform pick looks natural.
SURNAMES = "김김김김김이이이이박박박최최정정강강조조윤윤장장임임한오서신권황안송류전홍고문양손배"
GIVEN_NAMES = (
    "민준",
    "서연",
    "지훈",
    "하은",
    "도윤",
    "지민",
    "수빈",
    "현우",
    "예은",
    "준호",
    "지현",
    "성민",
    "유진",
    "동현",
    "혜진",
    "영수",
    "미경",
    "정훈",
    "은정",
    "상우",
    "소영",
    "태호",
    "경희",
    "재원",
    "수진",
    "용석",
    "미영",
    "진우",
    "선희",
    "광수",
    "나연",
    "승현",
    "보람",
    "대호",
    "지영",
    "창민",
    "은주",
    "형준",
    "다은",
    "병철",
    "현정",
    "재훈",
    "세영",
    "민호",
    "윤희",
    "기범",
    "하늘",
    "영미",
    "종혁",
    "채원",
    "정아",
    "우진",
    "경민",
    "순자",
    "명숙",
    "철수",
    "영호",
    "지수",
    "태윤",
    "가영",
)

DONGS = ("가산동", "독산동", "시흥동")
ROADS = {
    "가산동": ("가산디지털1로", "가산디지털2로", "벚꽃로", "디지털로9길", "가산로"),
    "독산동": ("독산로", "범안로", "독산로50길", "시흥대로", "두산로"),
    "시흥동": ("금하로", "탑골로", "시흥대로", "독산로", "은행나무로"),
}

PLACES = (
    "금천",
    "가산",
    "독산",
    "시흥",
    "호암",
    "안양천",
    "한내",
    "금하",
    "범안",
    "탑골",
    "벚꽃길",
)
VALUES = (
    "함께",
    "더불어",
    "나눔",
    "행복한",
    "푸른",
    "두레",
    "품앗이",
    "온마을",
    "새싹",
    "햇살",
    "이음",
    "어울림",
    "모두의",
    "우리",
    "희망",
    "다정한",
    "늘봄",
    "든든",
    "한울",
    "살림",
)
# (name part, what the team does): the description of the team follows its name.
BUSINESSES = (
    ("도시농업", "옥상 텃밭 운영과 도시농업 교육"),
    ("마을부엌", "주민 공유부엌과 반찬 나눔"),
    ("돌봄", "어르신 방문 돌봄과 말벗 서비스"),
    ("공정여행", "지역 역사 탐방과 공정여행 프로그램"),
    ("업사이클링", "폐현수막·폐의류 업사이클링 제품 제작"),
    ("청소년문화", "청소년 문화예술 교육과 동아리 지원"),
    ("사회주택", "청년 사회주택 운영과 주거 상담"),
    ("친환경청소", "친환경 세제를 쓰는 사무실·계단 청소"),
    ("집수리", "저소득 가구 집수리와 에너지 효율 개선"),
    ("문화예술", "생활문화 공연과 마을축제 기획"),
    ("디지털교육", "어르신·장애인 디지털 역량 교육"),
    ("디자인", "사회적경제 기업 브랜드·포장 디자인"),
    ("커피", "발달장애인 바리스타 고용 카페 운영"),
    ("로컬푸드", "지역 농산물 꾸러미와 로컬푸드 매장"),
    ("봉제", "의류 봉제와 수선, 봉제 기술 교육"),
    ("공동육아", "공동육아 나눔터와 방과후 돌봄"),
    ("햇빛발전", "협동조합형 태양광 발전과 에너지 교육"),
    ("출판", "마을 기록 출판과 독립출판 교육"),
    ("영상미디어", "마을 미디어 제작과 영상 교육"),
    ("반려동물", "반려동물 돌봄과 펫 용품 제작"),
    ("자전거", "자전거 수리·재생과 안전 교육"),
    ("목공", "목공 가구 제작과 목공 교실"),
    ("인쇄", "친환경 인쇄와 출력 대행"),
    ("건강", "주민 건강 체조와 건강 상담"),
    ("교육", "방과후 교육과 진로 체험 프로그램"),
    ("방역", "방역·소독과 취약계층 위생 관리"),
    ("도시락", "어르신 도시락 배달과 단체 급식"),
    ("세탁", "공동 세탁과 침구 세탁 서비스"),
    ("소프트웨어", "사회적경제 기업용 업무 소프트웨어 개발"),
    ("공방", "가죽·도자기 공방과 원데이 클래스"),
)
VILLAGE_BUSINESSES = ("부엌", "공방", "밥상", "책방", "텃밭", "빨래방", "카페", "사랑방")
SELF_SUFFICIENCY_BUSINESSES = ("클린", "케어", "집수리", "푸드", "세탁", "물류", "에코")
SOCIAL_ENTERPRISE_WORDS = ("일하는세상", "사는세상", "나누는사람들", "여는미래", "짓는마을")

BANKS = (
    "국민은행",
    "신한은행",
    "우리은행",
    "하나은행",
    "농협은행",
    "기업은행",
    "새마을금고",
    "신협",
)
TAX_OFFICES = ("119", "119", "119", "113", "107")  # 금천, 구로, 영등포세무서


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


def mobile_phone(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9999)}-{rng.randint(0, 9999):04d}"


def address(rng: random.Random) -> str:
    dong = rng.choice(DONGS)
    road = rng.choice(ROADS[dong])
    floor = rng.choice(
        ("", "", f", {rng.randint(2, 9)}층", f", {rng.randint(1, 12)}0{rng.randint(1, 9)}호")
    )
    return f"서울특별시 금천구 {road} {rng.randint(3, 180)}{floor} ({dong})"


def bank_account(rng: random.Random) -> tuple[str, str]:
    bank = rng.choice(BANKS)
    account = f"{rng.randint(100, 999)}-{rng.randint(10, 999999):06d}-{rng.randint(10, 99999):05d}"
    return bank, account


def enterprise_name(rng: random.Random, kind: TeamKind, business: str) -> str:
    """A natural name for a team of ``kind`` doing ``business``."""
    if kind is TeamKind.COOPERATIVE:
        lead = rng.choice(
            (rng.choice(PLACES), rng.choice(VALUES), rng.choice(PLACES) + rng.choice(VALUES))
        )
        return f"{lead}{business}협동조합"
    if kind is TeamKind.VILLAGE_ENTERPRISE:
        return f"{rng.choice(DONGS)[:-1]}마을{rng.choice(VILLAGE_BUSINESSES)}"
    if kind is TeamKind.SELF_SUFFICIENCY:
        word = rng.choice(SELF_SUFFICIENCY_BUSINESSES)
        return rng.choice((f"(주){rng.choice(VALUES)}{word}", f"금천{rng.choice(VALUES)}{word}"))
    word = rng.choice((business, rng.choice(SOCIAL_ENTERPRISE_WORDS)))
    lead = rng.choice(VALUES)
    return rng.choice((f"(주){lead}{word}", f"주식회사 {lead}{word}", f"{lead}{word}(주)"))
