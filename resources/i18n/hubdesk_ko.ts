<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AllocateApplicationDialog</name>
    <message>
        <source>Allocate space to an application</source>
        <translation>입주신청 공간 배정</translation>
    </message>
    <message>
        <source>{0}, score {1}</source>
        <translation>{0}, {1}점</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>입주신청</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Allocate {0} to {1}</source>
        <translation>{1}에 {0} 배정</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate space</source>
        <translation>공간 배정</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Deposit (won)</source>
        <translation>보증금(원)</translation>
    </message>
    <message>
        <source>Monthly fee (won)</source>
        <translation>월 사용료(원)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Choose a team from the list.</source>
        <translation>목록에서 팀을 선택하세요.</translation>
    </message>
    <message>
        <source>Allocate {0} to {1}</source>
        <translation>{1}에 {0} 배정</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Submit an application</source>
        <translation>입주신청 접수</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Space wanted</source>
        <translation>희망 공간</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Choose a team from the list.</source>
        <translation>목록에서 팀을 선택하세요.</translation>
    </message>
    <message>
        <source>Submit the application of {0}</source>
        <translation>{0} 입주신청 접수</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Space wanted</source>
        <translation>희망 공간</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ApplicationsPanel</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>접수…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>심사…</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>배정…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Allocate next from the waiting list…</source>
        <translation>대기 명단 다음 순위 배정…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>입주신청</translation>
    </message>
    <message>
        <source>Waiting list, best score first</source>
        <translation>대기 명단(점수 높은 순)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Withdraw the application of {0}</source>
        <translation>{0} 입주신청 철회</translation>
    </message>
    <message>
        <source>No application on the waiting list fits {0} from {1}.</source>
        <translation>대기 명단에 {1}부터 {0}에 배정할 수 있는 입주신청이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist: {0}</source>
        <translation>체크리스트: {0}</translation>
    </message>
    <message>
        <source>done {0}</source>
        <translation>{0} 완료</translation>
    </message>
    <message>
        <source>overdue since {0}</source>
        <translation>기한 경과({0})</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>기한 {0}</translation>
    </message>
    <message>
        <source>Tick “{0}”</source>
        <translation>“{0}” 체크</translation>
    </message>
    <message>
        <source>Untick “{0}”</source>
        <translation>“{0}” 체크 해제</translation>
    </message>
</context>
<context>
    <name>CloseTeamDialog</name>
    <message>
        <source>Archive team</source>
        <translation>기업 보관</translation>
    </message>
    <message>
        <source>Close team</source>
        <translation>폐업 처리</translation>
    </message>
    <message>
        <source>{0} is archived: it stays on record with its history.</source>
        <translation>{0}을(를) 보관합니다. 기록과 이력은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>{0} closed (business closed or dissolved). It stays on record.</source>
        <translation>{0}을(를) 폐업·해산으로 처리합니다. 기록은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>보관일</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>폐업일</translation>
    </message>
</context>
<context>
    <name>EndTenancyDialog</name>
    <message>
        <source>End tenancy</source>
        <translation>입주계약 종료</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>계약 기간</translation>
    </message>
    <message>
        <source>Move-out date</source>
        <translation>퇴거일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Early move-out, {0} days before the end of the term.</source>
        <translation>계약 종료 {0}일 전 중도 퇴거입니다.</translation>
    </message>
    <message>
        <source>The tenancy ends at the end of its term.</source>
        <translation>계약 기간 만료로 종료합니다.</translation>
    </message>
    <message>
        <source>End the tenancy of {0}</source>
        <translation>{0} 입주계약 종료</translation>
    </message>
</context>
<context>
    <name>FloorPlanLegend</name>
    <message>
        <source>Free</source>
        <translation>공실</translation>
    </message>
    <message>
        <source>Partly taken</source>
        <translation>일부 사용</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>만실</translation>
    </message>
    <message>
        <source>Not let (meeting room)</source>
        <translation>입주 공간 아님(회의실)</translation>
    </message>
    <message>
        <source>Ends within 60 days</source>
        <translation>60일 안에 종료</translation>
    </message>
</context>
<context>
    <name>FloorPlanView</name>
    <message>
        <source>until {0}</source>
        <translation>{0}까지</translation>
    </message>
    <message>
        <source>Seats taken: {0} of {1}</source>
        <translation>사용 중인 좌석: {1}석 중 {0}석</translation>
    </message>
    <message>
        <source>Monthly fee: {0}</source>
        <translation>월 사용료: {0}</translation>
    </message>
    <message>
        <source>Closed: not let</source>
        <translation>사용 중지: 배정 불가</translation>
    </message>
    <message>
        <source>Not let to teams</source>
        <translation>입주 공간 아님</translation>
    </message>
    <message>
        <source>{0}: seats {1}, {2} – {3}</source>
        <translation>{0}: {1}석, {2} – {3}</translation>
    </message>
    <message>
        <source>ends within 60 days</source>
        <translation>60일 안에 종료</translation>
    </message>
</context>
<context>
    <name>GrantLabels</name>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>체결</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>사업 진행 중</translation>
    </message>
    <message>
        <source>Settlement due</source>
        <translation>정산 대기</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>교부 예정</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급 완료</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>정산 중</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation>일부 승인</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Social enterprise</source>
        <translation>사회적기업</translation>
    </message>
    <message>
        <source>Pre-social enterprise</source>
        <translation>예비사회적기업</translation>
    </message>
    <message>
        <source>Village enterprise</source>
        <translation>마을기업</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>협동조합</translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation>사회적협동조합</translation>
    </message>
    <message>
        <source>Self-sufficiency enterprise</source>
        <translation>자활기업</translation>
    </message>
    <message>
        <source>Startup-prep team</source>
        <translation>창업준비팀</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>휴업·미운영</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>폐업·해산</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Private office</source>
        <translation>독립형 사무실</translation>
    </message>
    <message>
        <source>Shared office</source>
        <translation>공유 사무실</translation>
    </message>
    <message>
        <source>Open desk</source>
        <translation>오픈 데스크</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>회의실</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>입주 중</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>입주</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>퇴거</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선정</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>탈락</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>배정 완료</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>팀장</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>경영 전략</translation>
    </message>
    <message>
        <source>Accounting and tax</source>
        <translation>회계·세무</translation>
    </message>
    <message>
        <source>Labour and HR</source>
        <translation>노무·인사</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>법률</translation>
    </message>
    <message>
        <source>Marketing and sales</source>
        <translation>마케팅·판로</translation>
    </message>
    <message>
        <source>Social value</source>
        <translation>사회적 가치</translation>
    </message>
    <message>
        <source>Investment and finance</source>
        <translation>투자·금융</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>대면</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Business development cost</source>
        <translation>사업개발비</translation>
    </message>
    <message>
        <source>Professional staff</source>
        <translation>전문인력</translation>
    </message>
    <message>
        <source>National</source>
        <translation>국비</translation>
    </message>
    <message>
        <source>City</source>
        <translation>시비</translation>
    </message>
    <message>
        <source>District</source>
        <translation>구비</translation>
    </message>
    <message>
        <source>Social-economy academy</source>
        <translation>사회적경제 아카데미</translation>
    </message>
    <message>
        <source>Public procurement training</source>
        <translation>공공구매 교육</translation>
    </message>
    <message>
        <source>School education</source>
        <translation>학교 교육</translation>
    </message>
    <message>
        <source>Campus town</source>
        <translation>캠퍼스타운</translation>
    </message>
    <message>
        <source>Enterprise operation rate</source>
        <translation>기업 운영률</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>교육 인원</translation>
    </message>
    <message>
        <source>Budget execution</source>
        <translation>예산 집행률</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>열쇠 전달</translation>
    </message>
    <message>
        <source>Deposit received</source>
        <translation>보증금 수령</translation>
    </message>
    <message>
        <source>Business address moved into the district</source>
        <translation>사업장 주소 관내 이전</translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation>열쇠 반납</translation>
    </message>
    <message>
        <source>Space inspected</source>
        <translation>공간 점검</translation>
    </message>
    <message>
        <source>Deposit returned</source>
        <translation>보증금 반환</translation>
    </message>
    <message>
        <source>{0} won</source>
        <translation>{0}원</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>새 항목(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HubDesk</source>
        <translation>HubDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation>접속: {0} ({1})</translation>
    </message>
    <message>
        <source>Demo database — signed in as demo manager {0}</source>
        <translation>데모 데이터베이스 — 데모 팀장 {0}(으)로 접속</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>About HubDesk</source>
        <translation>HubDesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HubDesk {0}&lt;/h3&gt;&lt;p&gt;The desk of the social-economy hub center: office space, consulting, grants and goals.&lt;/p&gt;&lt;p&gt;Korean text is set in NanumGothic (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HubDesk {0}&lt;/h3&gt;&lt;p&gt;사회적경제 허브센터 업무 프로그램: 입주 공간, 컨설팅, 보조금, 성과 목표.&lt;/p&gt;&lt;p&gt;한글 글꼴: 나눔고딕 (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>The record no longer exists ({entity} {key}).</source>
        <translation>해당 기록이 더 이상 없습니다 ({entity} {key}).</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>The business number {value} must have 10 digits.</source>
        <translation>사업자등록번호 {value}은(는) 10자리 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The check digit of business number {value} is {actual}; {expected} was expected. Please check the number on the registration certificate.</source>
        <translation>사업자등록번호 {value}의 검증번호가 {actual}입니다({expected}이어야 함). 사업자등록증의 번호를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The business number {value} is already registered for {team_name}.</source>
        <translation>사업자등록번호 {value}은(는) 이미 {team_name}에 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>{team_name} has {tenancies} tenancies, {sessions} sessions and {agreements} agreements, so it cannot be deleted. Close or archive it instead.</source>
        <translation>{team_name}에는 입주계약 {tenancies}건, 컨설팅 {sessions}건, 협약 {agreements}건이 있어 삭제할 수 없습니다. 폐업 처리하거나 보관하세요.</translation>
    </message>
    <message>
        <source>{field}: resident registration numbers are never stored.</source>
        <translation>{field}: 주민등록번호는 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>The end date {end} must be after the start date {start}.</source>
        <translation>종료일 {end}은(는) 시작일 {start}보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>{space_code} has {capacity} seats. On {on}, {taken} are taken by {clashes}, so {requested} more do not fit.</source>
        <translation>{space_code}의 좌석은 {capacity}석입니다. {on}에 {clashes}이(가) {taken}석을 쓰고 있어 {requested}석을 더 배정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The private office {space_code} is let to {clashes} in that period.</source>
        <translation>독립형 사무실 {space_code}은(는) 그 기간에 {clashes}에 배정되어 있습니다.</translation>
    </message>
    <message>
        <source>{space_code} ({kind}) is not let to teams.</source>
        <translation>{space_code}({kind})은(는) 입주 공간이 아닙니다.</translation>
    </message>
    <message>
        <source>The stay would run {months} months ({start} – {end}); the hub allows at most {max_months} months.</source>
        <translation>입주 기간이 {months}개월({start} – {end})이 됩니다. 최대 입주 기간은 {max_months}개월입니다.</translation>
    </message>
    <message>
        <source>{consultant} already has a session at that time: {clash}.</source>
        <translation>{consultant}은(는) 그 시간에 이미 컨설팅이 있습니다: {clash}.</translation>
    </message>
    <message>
        <source>{team_name} already has a session at that time: {clash}.</source>
        <translation>{team_name}은(는) 그 시간에 이미 컨설팅이 있습니다: {clash}.</translation>
    </message>
    <message>
        <source>{on} is outside the MOU period {start} – {end}.</source>
        <translation>{on}은(는) 업무협약 기간({start} – {end}) 밖입니다.</translation>
    </message>
    <message>
        <source>Program {program} has {budget} won: {committed} committed, {left} left; {requested} won requested.</source>
        <translation>{program} 예산은 {budget}원입니다: 협약 {committed}원, 잔액 {left}원, 요청 {requested}원.</translation>
    </message>
    <message>
        <source>The grant of {requested} won exceeds the cap of {cap} won per team.</source>
        <translation>보조금 {requested}원이 팀당 한도 {cap}원을 넘습니다.</translation>
    </message>
    <message>
        <source>The co-payment {copayment} won is below {ratio_percent}% of the total cost {total} won (at least {required} won; support no. {times_supported}).</source>
        <translation>자부담 {copayment}원이 총사업비 {total}원의 {ratio_percent}%에 못 미칩니다(최소 {required}원, {times_supported}회차 지원).</translation>
    </message>
    <message>
        <source>Agreement {agreement} grants {grant} won: {paid} paid, {left} left; {requested} won requested.</source>
        <translation>협약 {agreement}의 보조금은 {grant}원입니다: 지급 {paid}원, 잔액 {left}원, 요청 {requested}원.</translation>
    </message>
    <message>
        <source>Disbursement {disbursement} was requested by {requester}; another staff member must approve it.</source>
        <translation>교부 {disbursement}은(는) {requester}이(가) 요청했습니다. 다른 직원이 승인해야 합니다.</translation>
    </message>
    <message>
        <source>Wage support of {amount} won for {month} exceeds the monthly cap of {cap} won.</source>
        <translation>{month} 인건비 지원 {amount}원이 월 한도 {cap}원을 넘습니다.</translation>
    </message>
    <message>
        <source>{entity} {key} cannot go from {current} to {target}.</source>
        <translation>{entity} {key}은(는) {current}에서 {target}(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The approved {approved} won exceeds the claimed {claimed} won.</source>
        <translation>인정액 {approved}원이 청구액 {claimed}원을 넘습니다.</translation>
    </message>
    <message>
        <source>The expense category {category} is not eligible in program {program}.</source>
        <translation>비목 {category}은(는) {program}에서 인정되지 않습니다.</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}.</source>
        <translation>{user}({role})은(는) {action} 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Someone else changed this record ({entity} {key}) meanwhile. Reload it and make the change again.</source>
        <translation>그사이 다른 사람이 이 기록({entity} {key})을 바꿨습니다. 다시 불러온 뒤 다시 수정해 주세요.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>직원 수</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>설립일</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>월 사용료</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>심사 의견</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>심사 점수</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>새 종료일</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>{n}자보다 깁니다</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value}은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value}은(는) {low}에서 {high} 사이가 아닙니다</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The database refused the change: {0}</source>
        <translation>데이터베이스가 변경을 거부했습니다: {0}</translation>
    </message>
    <message>
        <source>HubDesk</source>
        <translation>HubDesk</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Enterprises operating</source>
        <translation>운영 중인 기업</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>사용 중인 좌석</translation>
    </message>
    <message>
        <source>Tenancies ending within 60 days</source>
        <translation>60일 안에 끝나는 입주계약</translation>
    </message>
    <message>
        <source>Teams by kind and status</source>
        <translation>유형·상태별 기업</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Figures for {0}</source>
        <translation>{0} 기준</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language.</source>
        <translation>창을 선택한 언어로 다시 엽니다.</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew tenancy</source>
        <translation>입주계약 갱신</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>{0} · {1} seats</source>
        <translation>{0} · {1}석</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>현재 계약 기간</translation>
    </message>
    <message>
        <source>Renewals so far</source>
        <translation>갱신 횟수</translation>
    </message>
    <message>
        <source>Renewed on</source>
        <translation>갱신일</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>새 종료일</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>입주 기간</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>심사 의견</translation>
    </message>
    <message>
        <source>{0} of at most {1} months used; {2} after this renewal</source>
        <translation>최대 {1}개월 중 {0}개월 사용, 이번 갱신 후 {2}개월</translation>
    </message>
    <message>
        <source>Renew the tenancy of {0}</source>
        <translation>{0} 입주계약 갱신</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review an application</source>
        <translation>입주신청 심사</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>입주신청</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>심사 점수</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>심사 결과</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>심사일</translation>
    </message>
    <message>
        <source>Review the application of {0}</source>
        <translation>{0} 입주신청 심사</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>No room chosen</source>
        <translation>선택한 호실 없음</translation>
    </message>
    <message>
        <source>Click a room on the plan or a bar on the timeline.</source>
        <translation>평면도에서 호실을 누르거나 타임라인에서 막대를 누르세요.</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>배정…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>갱신…</translation>
    </message>
    <message>
        <source>End early…</source>
        <translation>중도 퇴거…</translation>
    </message>
    <message>
        <source>Checklist…</source>
        <translation>체크리스트…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>갱신 횟수</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>seats: {0}</source>
        <translation>{0}석</translation>
    </message>
    <message>
        <source>{0} a month</source>
        <translation>월 {0}</translation>
    </message>
    <message>
        <source>Taken today: {0} of {1} seats</source>
        <translation>오늘 사용 중: {1}석 중 {0}석</translation>
    </message>
    <message>
        <source>Not let to teams</source>
        <translation>입주 공간 아님</translation>
    </message>
</context>
<context>
    <name>SpaceCombo</name>
    <message>
        <source>{0} seats</source>
        <translation>{0}석</translation>
    </message>
</context>
<context>
    <name>SpacesPage</name>
    <message>
        <source>{0} / {1} seats ({2:.1f}%)</source>
        <translation>{0} / {1}석 ({2:.1f}%)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Ended early on {0}</source>
        <translation>{0} 중도 퇴거</translation>
    </message>
    <message>
        <source>Ends in {0} day(s)</source>
        <translation>{0}일 후 종료</translation>
    </message>
    <message>
        <source>Starts on {0}</source>
        <translation>{0} 입주 예정</translation>
    </message>
    <message>
        <source>Term over: move-out not recorded</source>
        <translation>기간 만료: 퇴거 미처리</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>평면도</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>입주신청</translation>
    </message>
    <message>
        <source>Seats taken today</source>
        <translation>오늘 사용 중인 좌석</translation>
    </message>
    <message>
        <source>Occupancy at each month end</source>
        <translation>월말 좌석 점유율</translation>
    </message>
    <message>
        <source>Find a room or team (Enter: next)</source>
        <translation>호실·팀 찾기(엔터: 다음)</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>축소(Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>확대(Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole floor</source>
        <translation>층 전체 보기</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>Filter by space or team</source>
        <translation>공간·팀 이름으로 거르기</translation>
    </message>
    <message>
        <source>Ending within 60 days: {0}</source>
        <translation>60일 안에 종료: {0}건</translation>
    </message>
    <message>
        <source>Floor {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>검색 결과 없음</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0}/{1}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Edit team</source>
        <translation>기업 정보 수정</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>새 기업 등록</translation>
    </message>
    <message>
        <source>I checked the number on the certificate</source>
        <translation>사업자등록증의 번호를 확인했습니다</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Business number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>설립일</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>직원 수</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>소개</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>이메일 주소 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Add team {0}</source>
        <translation>{0} 등록</translation>
    </message>
    <message>
        <source>Edit team {0}</source>
        <translation>{0} 정보 수정</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <source>Type a team name or business number</source>
        <translation>기업명 또는 사업자등록번호 입력</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Business number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>1 team</source>
        <translation>1개 기업</translation>
    </message>
    <message>
        <source>{0} teams</source>
        <translation>{0}개 기업</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>기업·팀</translation>
    </message>
    <message>
        <source>Search name, representative or business number</source>
        <translation>이름, 대표자, 사업자등록번호 검색</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>전체 유형</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>With or without space</source>
        <translation>입주 여부 전체</translation>
    </message>
    <message>
        <source>Housed today</source>
        <translation>현재 입주</translation>
    </message>
    <message>
        <source>Not housed</source>
        <translation>미입주</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>등록…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>폐업 처리…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>보관…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Register a new team (Ctrl+N)</source>
        <translation>새 기업 등록(Ctrl+N)</translation>
    </message>
    <message>
        <source>The team closed or dissolved; it stays on record</source>
        <translation>폐업·해산한 기업으로 처리합니다. 기록은 남습니다</translation>
    </message>
    <message>
        <source>Keep the team on record, out of daily work</source>
        <translation>기록은 남기고 평소 업무 목록에서는 뺍니다</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>갱신 횟수</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>컨설턴트</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>협약 번호</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>보조금</translation>
    </message>
    <message>
        <source>Co-payment</source>
        <translation>자부담</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Subsidy</source>
        <translation>지원금</translation>
    </message>
    <message>
        <source>External verification (3억)</source>
        <translation>외부 검증(3억 이상)</translation>
    </message>
    <message>
        <source>Audit report (10억)</source>
        <translation>감사보고서(10억 이상)</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>입주계약</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Subsidies by year</source>
        <translation>연도별 지원금</translation>
    </message>
    <message>
        <source>Reopen team {0}</source>
        <translation>{0} 재개</translation>
    </message>
    <message>
        <source>Archive team {0}</source>
        <translation>{0} 보관</translation>
    </message>
    <message>
        <source>Close team {0}</source>
        <translation>{0} 폐업 처리</translation>
    </message>
    <message>
        <source>No team selected</source>
        <translation>선택한 기업 없음</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0}({1})</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>사업자등록번호 없음</translation>
    </message>
    <message>
        <source>Representative: {0}</source>
        <translation>대표자: {0}</translation>
    </message>
    <message>
        <source>founded {0}</source>
        <translation>{0} 설립</translation>
    </message>
    <message>
        <source>{0} employees</source>
        <translation>직원 {0}명</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>대상</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Current</source>
        <translation>입주 중</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>입주 예정</translation>
    </message>
    <message>
        <source>Ends within 60 days</source>
        <translation>60일 안에 종료</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Ended early (rest of term)</source>
        <translation>중도 퇴거(잔여 기간)</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>seats: {0}</source>
        <translation>{0}석</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>{0} – {1}, seats: {2}</source>
        <translation>{0} – {1}, {2}석</translation>
    </message>
    <message>
        <source>Renewals: {0}</source>
        <translation>갱신 {0}회</translation>
    </message>
    <message>
        <source>Ended early on {0}</source>
        <translation>{0} 중도 퇴거</translation>
    </message>
    <message>
        <source>Ends on {0}, in {1} day(s): renewal review or move-out</source>
        <translation>{0} 종료({1}일 남음): 갱신 심사 또는 퇴거</translation>
    </message>
</context>
</TS>
