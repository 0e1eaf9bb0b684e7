<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
</TS>
