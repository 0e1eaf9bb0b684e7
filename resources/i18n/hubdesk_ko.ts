<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>새 직원 계정</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>비밀번호 초기화</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>직원 계정</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>새 계정…</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>권한 변경</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>사용 / 사용 중지</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>비밀번호 초기화…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>비밀번호 미설정</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Locked until {0}</source>
        <translation>{0}까지 잠김</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>먼저 계정을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>새 협약</translation>
    </message>
    <message>
        <source>What the grant pays for</source>
        <translation>보조금으로 수행할 사업 내용</translation>
    </message>
    <message>
        <source>e.g. 신한은행</source>
        <translation>예: 신한은행</translation>
    </message>
    <message>
        <source>The team&apos;s dedicated grant account</source>
        <translation>팀의 보조금 전용계좌</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>사업 목적</translation>
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
        <source>City (won)</source>
        <translation>시비(원)</translation>
    </message>
    <message>
        <source>District (won)</source>
        <translation>구비(원)</translation>
    </message>
    <message>
        <source>Co-payment (won)</source>
        <translation>자부담(원)</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>입금 은행</translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation>입금 계좌번호</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>예금주</translation>
    </message>
    <message>
        <source>Add a grant program first.</source>
        <translation>먼저 지원사업을 등록하세요.</translation>
    </message>
    <message>
        <source>Enter the purpose.</source>
        <translation>사업 목적을 입력하세요.</translation>
    </message>
    <message>
        <source>Total cost {0} · grant {1}</source>
        <translation>총사업비 {0} · 보조금 {1}</translation>
    </message>
    <message>
        <source>City budget left {0} (after this {1}) · district left {2} (after this {3})</source>
        <translation>시비 예산 잔액 {0}(이번 협약 후 {1}) · 구비 잔액 {2}(이번 협약 후 {3})</translation>
    </message>
    <message>
        <source>Cap per team {0}</source>
        <translation>팀당 한도 {0}</translation>
    </message>
    <message>
        <source>Support no. {0} of this team: co-payment at least {1}% of the total cost, {2} for this grant</source>
        <translation>이 팀의 {0}회차 지원: 자부담은 총사업비의 {1}% 이상, 이번 보조금 기준 {2} 이상</translation>
    </message>
</context>
<context>
    <name>AgreementFacts</name>
    <message>
        <source>Choose an agreement in the list.</source>
        <translation>목록에서 협약을 선택하세요.</translation>
    </message>
    <message>
        <source>{0} (representative {1}, business no. {2})</source>
        <translation>{0}(대표자 {1}, 사업자등록번호 {2})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>사업 목적</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>사업 기간</translation>
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
        <source>Co-payment</source>
        <translation>자부담</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>총사업비</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>보조금</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Support no.</source>
        <translation>지원 회차</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>입금 계좌</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>체결일</translation>
    </message>
    <message>
        <source>Settlement due</source>
        <translation>정산 기한</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>해지일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>해지 사유</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>환수액</translation>
    </message>
</context>
<context>
    <name>AgreementJob</name>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <source>Preparing the agreement…</source>
        <translation>협약서를 만드는 중…</translation>
    </message>
    <message>
        <source>Preparing {0} agreements…</source>
        <translation>협약서 {0}건을 만드는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>AgreementOutput</name>
    <message>
        <source>Grant agreements</source>
        <translation>보조금 지원 협약서</translation>
    </message>
    <message>
        <source>Save agreements as PDF</source>
        <translation>협약서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The printer did not accept the agreements.</source>
        <translation>프린터가 협약서 인쇄를 받지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>AgreementPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Agreement {0}</source>
        <translation>협약서 {0}</translation>
    </message>
    <message>
        <source>{0} agreements</source>
        <translation>협약서 {0}건</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>Number</source>
        <translation>협약 번호</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>사업 기간</translation>
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
        <source>Settlement due</source>
        <translation>정산 기한</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>New agreement…</source>
        <translation>새 협약…</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>체결…</translation>
    </message>
    <message>
        <source>Cancel agreement…</source>
        <translation>협약 해지…</translation>
    </message>
    <message>
        <source>Preview agreement…</source>
        <translation>협약서 미리 보기…</translation>
    </message>
    <message>
        <source>Print selected…</source>
        <translation>선택 협약서 인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Find agreement number or team</source>
        <translation>협약 번호 또는 팀 이름 검색</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>교부</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>전체 연도</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>전체 지원사업</translation>
    </message>
    <message>
        <source>{0} agreements</source>
        <translation>{0}건</translation>
    </message>
</context>
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
        <source>{0} ~ {1}: {2} seats left</source>
        <translation>{0} ~ {1}: 남은 좌석 {2}석</translation>
    </message>
    <message>
        <source>, {0} from {1}</source>
        <translation>, {1}부터 {0}석</translation>
    </message>
    <message>
        <source>Spaces with the seats free:</source>
        <translation>좌석이 비어 있는 공간:</translation>
    </message>
    <message>
        <source>No other space has these seats free then.</source>
        <translation>그 기간에 이 좌석 수가 비어 있는 다른 공간이 없습니다.</translation>
    </message>
    <message>
        <source>({0} free)</source>
        <translation>(빈 좌석 {0}석)</translation>
    </message>
    <message>
        <source>Allocate {0} to {1}</source>
        <translation>{1}에 {0} 배정</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <source>Annual report</source>
        <translation>사회적경제 활성화 추진실적</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>저장할 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Writing the annual report of {0}…</source>
        <translation>{0}년 추진실적을 저장하는 중…</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation>추진실적을 저장하는 중…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>취소했습니다. 파일을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0}에 저장했습니다.</translation>
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
    <name>ApprovalsDialog</name>
    <message>
        <source>Payment</source>
        <translation>교부</translation>
    </message>
    <message>
        <source>Payment reversal</source>
        <translation>지급 취소</translation>
    </message>
    <message>
        <source>Settlement expenses</source>
        <translation>정산 지출 심사</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>내 결재 대기</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>협약 열기</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협약 번호</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Amount (won)</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Since / due</source>
        <translation>요청일·기한</translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s) undecided</source>
        <translation>
            <numerusform>미결 지출 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>기한 {0}</translation>
    </message>
    <message>
        <source>Only a manager or an administrator approves payments.</source>
        <translation>교부 결재는 팀장·관리자가 합니다.</translation>
    </message>
    <message>
        <source>Nothing is waiting for your approval.</source>
        <translation>결재할 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting, {0} won in all.</source>
        <translation>
            <numerusform>결재 대기 %n건, 합계 {0}원</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Click a placeholder to put it at the cursor</source>
        <translation>자동 입력 항목을 누르면 커서 위치에 들어갑니다</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>기본 조항으로 되돌리기</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Placeholders (click to insert at the cursor):</source>
        <translation>자동 입력 항목(누르면 커서 위치에 넣습니다):</translation>
    </message>
    <message>
        <source>{0}: unknown placeholder {1}</source>
        <translation>{0}: 알 수 없는 자동 입력 항목 {1}</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>새 조항</translation>
    </message>
</context>
<context>
    <name>ArticlePlaceholders</name>
    <message>
        <source>the hub&apos;s name</source>
        <translation>센터 이름(갑)</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>팀 이름(을)</translation>
    </message>
    <message>
        <source>the district (e.g. 서울특별시 금천구)</source>
        <translation>자치구(예: 서울특별시 금천구)</translation>
    </message>
    <message>
        <source>the program&apos;s name</source>
        <translation>지원사업 이름</translation>
    </message>
    <message>
        <source>the purpose of the agreement</source>
        <translation>협약의 사업 목적</translation>
    </message>
    <message>
        <source>first day of the period (2026년 3월 1일)</source>
        <translation>사업 기간 첫날(2026년 3월 1일)</translation>
    </message>
    <message>
        <source>last day of the period</source>
        <translation>사업 기간 마지막 날</translation>
    </message>
    <message>
        <source>total cost in figures (12,000,000원)</source>
        <translation>총사업비, 숫자(12,000,000원)</translation>
    </message>
    <message>
        <source>grant = city + district money, in figures</source>
        <translation>보조금(시비 + 구비), 숫자</translation>
    </message>
    <message>
        <source>the grant in Korean words (금 …원정)</source>
        <translation>보조금, 한글(금 …원정)</translation>
    </message>
    <message>
        <source>city money in figures</source>
        <translation>시비, 숫자</translation>
    </message>
    <message>
        <source>district money in figures</source>
        <translation>구비, 숫자</translation>
    </message>
    <message>
        <source>the team&apos;s co-payment in figures</source>
        <translation>팀의 자부담, 숫자</translation>
    </message>
    <message>
        <source>the payment schedule, one line per tranche</source>
        <translation>교부 계획(차수마다 한 줄)</translation>
    </message>
    <message>
        <source>the dedicated account: bank, number, holder</source>
        <translation>보조금 전용계좌(은행, 계좌번호, 예금주)</translation>
    </message>
    <message>
        <source>months after the period for the settlement (2)</source>
        <translation>사업 종료 후 정산 기간, 개월 수(2)</translation>
    </message>
    <message>
        <source>the settlement deadline (a date)</source>
        <translation>정산 기한(날짜)</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance — {0}</source>
        <translation>출석 — {0}</translation>
    </message>
    <message>
        <source> of {0} sessions</source>
        <translation>회 / 총 {0}회차</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>출석 회차</translation>
    </message>
    <message>
        <source>Completed with {0} or more sessions ({1}% of {2}).</source>
        <translation>{0}회차 이상 출석하면 수료입니다({2}회차의 {1}%).</translation>
    </message>
    <message>
        <source>Attendance of {0}: {1}</source>
        <translation>출석 입력: {0} {1}회</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Hub name</source>
        <translation>센터 이름</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>센터 주소</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>센터장</translation>
    </message>
    <message>
        <source>District</source>
        <translation>자치구</translation>
    </message>
    <message>
        <source>Maximum stay (months)</source>
        <translation>최대 입주 기간(개월)</translation>
    </message>
    <message>
        <source>Deposit (months of the fee)</source>
        <translation>보증금(월 사용료의 개월 수)</translation>
    </message>
    <message>
        <source>Approval titles</source>
        <translation>결재란 직위</translation>
    </message>
    <message>
        <source>Agreement articles</source>
        <translation>협약서 조항</translation>
    </message>
    <message>
        <source>Put back (was missing)</source>
        <translation>다시 설치(없어져 있었음)</translation>
    </message>
    <message>
        <source>Put back (was altered)</source>
        <translation>다시 설치(바뀌어 있었음)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>Made for the day</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>승인 일시</translation>
    </message>
    <message>
        <source>Cap per team</source>
        <translation>팀당 한도</translation>
    </message>
    <message>
        <source>City budget</source>
        <translation>시비 예산</translation>
    </message>
    <message>
        <source>Co-payment ratios</source>
        <translation>자부담 비율</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>결정 메모</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>교부</translation>
    </message>
    <message>
        <source>District budget</source>
        <translation>구비 예산</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Eligible categories</source>
        <translation>지원 가능 항목</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>로그인 실패 횟수</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>회계연도</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정 항목</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Monthly wage cap</source>
        <translation>월 인건비 한도</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>업무협약</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>협약 기관</translation>
    </message>
    <message>
        <source>Height on the plan</source>
        <translation>평면도 높이</translation>
    </message>
    <message>
        <source>Width on the plan</source>
        <translation>평면도 너비</translation>
    </message>
    <message>
        <source>Position on the plan (x)</source>
        <translation>평면도 위치(x)</translation>
    </message>
    <message>
        <source>Position on the plan (y)</source>
        <translation>평면도 위치(y)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>운영 기관</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>요청 일시</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>취소 대상 교부</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>심사 의견</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>지출일</translation>
    </message>
    <message>
        <source>Support no.</source>
        <translation>지원 회차</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Yearly hours quota</source>
        <translation>연간 시간 한도</translation>
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
        <source>Business number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Check digit confirmed</source>
        <translation>검증번호 확인</translation>
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
        <source>Founded</source>
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
        <source>Closed on</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>면적(m²)</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>월 사용료</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 여부</translation>
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
        <source>Tenancy</source>
        <translation>입주계약</translation>
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
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Left early on</source>
        <translation>중도 퇴거일</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>퇴거 사유</translation>
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
        <source>Previous end</source>
        <translation>이전 종료일</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>새 종료일</translation>
    </message>
    <message>
        <source>Renewed on</source>
        <translation>갱신일</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>완료일</translation>
    </message>
    <message>
        <source>Space wanted</source>
        <translation>희망 공간</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>심사 점수</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>심사일</translation>
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
        <source>Starts</source>
        <translation>시작 일시</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료 일시</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>자문 내용</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>만족도</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>취소 사유</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>협약 번호</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>City share</source>
        <translation>시비</translation>
    </message>
    <message>
        <source>District share</source>
        <translation>구비</translation>
    </message>
    <message>
        <source>Co-payment</source>
        <translation>자부담</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>은행</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계좌번호</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>예금주</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>체결일</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>취소일</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>환수액</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>지원 인력</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>급여 총액</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>지원액</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>인정액</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>심사 결과</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반납액</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여 인원</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>수료 인원</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>설정값</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>교육시간</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Completion rule (%)</source>
        <translation>수료 기준(%)</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>참여자 명단</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>교육과정</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>출석 회차</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Target amount</source>
        <translation>목표액</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>구매일</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Enterprise kind</source>
        <translation>기업 유형</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>변경일</translation>
    </message>
    <message>
        <source>Quarterly consultation log</source>
        <translation>분기별 컨설팅 일지</translation>
    </message>
    <message>
        <source>Grant agreements</source>
        <translation>보조금 지원 협약서</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>사회적경제 활성화 추진실적</translation>
    </message>
    <message>
        <source>Public procurement report</source>
        <translation>부서별 공공구매 실적</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>Agreement numbers</source>
        <translation>협약 번호</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>{0} (many records)</source>
        <translation>{0}(여러 건)</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>외 {0}건</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>내보내기 기록</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 내용</translation>
    </message>
</context>
<context>
    <name>AuditTables</name>
    <message>
        <source>Team</source>
        <translation>기업·팀</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>입주계약</translation>
    </message>
    <message>
        <source>Tenancy renewal</source>
        <translation>입주계약 갱신</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>체크리스트 항목</translation>
    </message>
    <message>
        <source>Tenancy application</source>
        <translation>입주신청</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>업무협약</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>컨설턴트</translation>
    </message>
    <message>
        <source>Consultant&apos;s field</source>
        <translation>컨설턴트 분야</translation>
    </message>
    <message>
        <source>Consulting session</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>Grant programme</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>Grant agreement</source>
        <translation>보조금 지원 협약</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>교부</translation>
    </message>
    <message>
        <source>Wage line</source>
        <translation>인건비 내역</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>Settlement expense</source>
        <translation>정산 지출 내역</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>교육과정</translation>
    </message>
    <message>
        <source>Yearly target</source>
        <translation>연도별 목표</translation>
    </message>
    <message>
        <source>Training participant</source>
        <translation>교육 참여자</translation>
    </message>
    <message>
        <source>Procurement target</source>
        <translation>공공구매 목표</translation>
    </message>
    <message>
        <source>Public purchase</source>
        <translation>공공구매 실적</translation>
    </message>
    <message>
        <source>Team status change</source>
        <translation>기업 상태 변경</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>직원 계정</translation>
    </message>
    <message>
        <source>Hub setting</source>
        <translation>센터 설정</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>휴무일</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Audit trail protection</source>
        <translation>감사 기록 보호 장치</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The database refused the operation: {0}</source>
        <translation>데이터베이스가 작업을 거부했습니다: {0}</translation>
    </message>
    <message>
        <source>The work stopped with an error: {0}</source>
        <translation>오류로 작업이 중단되었습니다: {0}</translation>
    </message>
</context>
<context>
    <name>BackupReasons</name>
    <message>
        <source>On opening</source>
        <translation>열 때</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>30분마다</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>닫을 때</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>업그레이드 전</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 일시</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>기업·팀</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>입주계약</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>이 백업으로 복원…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Backups are kept in {0}</source>
        <translation>백업 보관 위치: {0}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Put the backup of {0} in place of the open file? Changes made since then are set aside: the current file is first saved as a backup of its own.</source>
        <translation>지금 열린 파일을 {0} 백업으로 바꿀까요? 그 뒤에 바뀐 내용은 따로 보관됩니다. 현재 파일을 먼저 별도 백업으로 저장합니다.</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>No grant programs yet</source>
        <translation>등록된 지원사업이 없습니다</translation>
    </message>
    <message>
        <source>(unit: 100 million won)</source>
        <translation>(단위: 억 원)</translation>
    </message>
    <message>
        <source>(unit: million won)</source>
        <translation>(단위: 백만 원)</translation>
    </message>
    <message>
        <source>% = execution rate: (paid − returned) ÷ budget</source>
        <translation>% = 집행률: (지급액 − 반납액) ÷ 예산</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>{0} {1}
Budget: {2}
Committed: {3}
Paid: {4}
Settled: {5}
Returned: {6}
Execution: {7}%</source>
        <translation>{0}년 {1}
예산: {2}
협약액: {3}
지급액: {4}
정산액: {5}
반납액: {6}
집행률: {7}%</translation>
    </message>
</context>
<context>
    <name>BudgetLegend</name>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>협약액</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>New program…</source>
        <translation>새 지원사업…</translation>
    </message>
    <message>
        <source>Edit program…</source>
        <translation>지원사업 수정…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>회계연도</translation>
    </message>
    <message>
        <source>Budget by year and source</source>
        <translation>연도·재원별 예산</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>전체 연도</translation>
    </message>
    <message>
        <source>Budget {0} won · executed {1} won ({2}%)</source>
        <translation>예산 {0}원 · 집행 {1}원 ({2}%)</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>재원</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>협약액</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>잔액</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>정산액</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반납액</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>집행률</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>No date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Sunday, public holiday</source>
        <translation>일요일·공휴일</translation>
    </message>
    <message>
        <source>Hub day off</source>
        <translation>센터 휴무일</translation>
    </message>
</context>
<context>
    <name>CancelAgreementDialog</name>
    <message>
        <source>Cancel agreement</source>
        <translation>협약 해지</translation>
    </message>
    <message>
        <source>Why the agreement ends, e.g. a fraudulent claim or the team closed</source>
        <translation>해지 사유(예: 부정 수급, 폐업)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>해지일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>해지 사유</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>지급 누계</translation>
    </message>
    <message>
        <source>Claw back (won)</source>
        <translation>환수액(원)</translation>
    </message>
    <message>
        <source>A cancelled agreement cannot be reopened; this has no undo.</source>
        <translation>해지한 협약은 되살릴 수 없으며 실행 취소도 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancel the agreement</source>
        <translation>협약 해지</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>해지 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Cancel {0}</source>
        <translation>{0} 협약 해지</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel session</source>
        <translation>컨설팅 취소</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>컨설팅 취소</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>취소 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Cancel session of {0}</source>
        <translation>{0} 컨설팅 취소</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>내 비밀번호 변경</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>새 비밀번호가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>All records</source>
        <translation>전체 기록</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>전체 작업</translation>
    </message>
    <message>
        <source>Search values, record numbers or names</source>
        <translation>값, 기록 번호, 이름 검색</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>조건 초기화</translation>
    </message>
    <message>
        <source>Show all records</source>
        <translation>전체 기록 보기</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>이 기록의 이력</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>전체 직원</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1건</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>{0}건</translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation>{0} 이력</translation>
    </message>
    <message>
        <source>No change selected</source>
        <translation>선택한 변경 없음</translation>
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
    <name>CloseSettlementDialog</name>
    <message>
        <source>Close settlement · {0}</source>
        <translation>정산 완료 · {0}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Approved spending</source>
        <translation>인정 집행액</translation>
    </message>
    <message>
        <source>Owed back</source>
        <translation>반납할 금액</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반납액</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>정산 완료일</translation>
    </message>
    <message>
        <source>Closing is final: the agreement is closed and the settlement cannot change.</source>
        <translation>정산을 완료하면 협약이 종료되고 정산 내용은 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Close the settlement</source>
        <translation>정산 마감</translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s) not decided yet.</source>
        <translation>
            <numerusform>아직 심사하지 않은 지출이 %n건 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team owes {0} back; {1} is entered.</source>
        <translation>반납할 금액은 {0}인데 {1}을(를) 입력했습니다.</translation>
    </message>
    <message>
        <source>Close the settlement of {0}</source>
        <translation>{0} 정산 완료</translation>
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
    <name>CompleteDialog</name>
    <message>
        <source>Complete session</source>
        <translation>컨설팅 완료</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>조사 안 함</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>자문 내용</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>만족도</translation>
    </message>
    <message>
        <source>Record as held</source>
        <translation>완료 처리</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>매우 만족</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>만족</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>불만족</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>매우 불만족</translation>
    </message>
    <message>
        <source>Write a summary of the session.</source>
        <translation>컨설팅 내용을 요약해 입력하세요.</translation>
    </message>
    <message>
        <source>Complete session of {0}</source>
        <translation>{0} 컨설팅 완료</translation>
    </message>
</context>
<context>
    <name>ConsultantDialog</name>
    <message>
        <source>Edit consultant</source>
        <translation>컨설턴트 정보 수정</translation>
    </message>
    <message>
        <source>New consultant</source>
        <translation>새 컨설턴트</translation>
    </message>
    <message>
        <source>Takes sessions</source>
        <translation>컨설팅 배정 가능</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>분야</translation>
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
        <source>Enter the name and the affiliation.</source>
        <translation>이름과 소속을 입력하세요.</translation>
    </message>
    <message>
        <source>Tick at least one field.</source>
        <translation>분야를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Add consultant {0}</source>
        <translation>컨설턴트 {0} 등록</translation>
    </message>
    <message>
        <source>Edit consultant {0}</source>
        <translation>컨설턴트 {0} 정보 수정</translation>
    </message>
</context>
<context>
    <name>ConsultingPage</name>
    <message>
        <source>Schedule…</source>
        <translation>일정 등록…</translation>
    </message>
    <message>
        <source>MOU and consultants…</source>
        <translation>업무협약·컨설턴트…</translation>
    </message>
    <message>
        <source>Export quarterly log…</source>
        <translation>분기 일지 내보내기…</translation>
    </message>
    <message>
        <source>Schedule for this team…</source>
        <translation>이 팀 일정 등록…</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>오늘로 이동</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>전체 팀</translation>
    </message>
    <message>
        <source>Find team, consultant, topic, place</source>
        <translation>팀, 컨설턴트, 주제, 장소 검색</translation>
    </message>
    <message>
        <source>Quota hours</source>
        <translation>연간 한도</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>{0}건</translation>
    </message>
    <message>
        <source>{0}-{1:02d}</source>
        <translation>{0}년 {1:02d}월</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>전체 컨설팅</translation>
    </message>
    <message>
        <source>Quota hours {0}</source>
        <translation>{0}년 연간 한도</translation>
    </message>
    <message>
        <source>Used {0} h, planned {1} h, left {2} h of {3} h</source>
        <translation>한도 {3}시간 중 사용 {0}시간, 예정 {1}시간, 잔여 {2}시간</translation>
    </message>
    <message>
        <source>No MOU covers {0}.</source>
        <translation>{0}년에 해당하는 업무협약이 없습니다.</translation>
    </message>
    <message>
        <source>No consulting for 60 days: {0} teams</source>
        <translation>60일간 컨설팅 없음: {0}개 팀</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>전체 컨설턴트</translation>
    </message>
    <message>
        <source>No-show of {0}</source>
        <translation>{0} 불참 처리</translation>
    </message>
    <message>
        <source>Reopen session of {0}</source>
        <translation>{0} 컨설팅 예정으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>교육과정 수정</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>새 교육과정</translation>
    </message>
    <message>
        <source>e.g. 2026 사회적경제 아카데미 기초과정</source>
        <translation>예: 2026 사회적경제 아카데미 기초과정</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Headcount only (no participant list)</source>
        <translation>인원만 집계(참여자 명단 없음)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>과정명</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>교육시간</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>수료 기준</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>협력기관</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여 인원</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>수료 인원</translation>
    </message>
    <message>
        <source>A participant completes the course by attending at least this share of its sessions. For a visit where only the numbers are known (a school class), choose headcount only and type the numbers.</source>
        <translation>참여자는 전체 회차 중 이 비율 이상 출석하면 수료합니다. 학교 방문 교육처럼 인원만 아는 과정은 &apos;인원만 집계&apos;를 고르고 인원을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the course&apos;s title.</source>
        <translation>과정명을 입력하세요.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>More completed than participants.</source>
        <translation>수료 인원이 참여 인원보다 많습니다.</translation>
    </message>
    <message>
        <source>New course {0}</source>
        <translation>새 교육과정: {0}</translation>
    </message>
    <message>
        <source>Edit course {0}</source>
        <translation>교육과정 수정: {0}</translation>
    </message>
</context>
<context>
    <name>CourseModel</name>
    <message>
        <source>Title</source>
        <translation>과정명</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>교육기간</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>협력기관</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여 인원</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>수료 인원</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Save as Excel…</source>
        <translation>엑셀로 저장…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{1}별 {0}</translation>
    </message>
    <message>
        <source>Enterprises operating</source>
        <translation>운영 중인 기업</translation>
    </message>
    <message>
        <source>Enterprises not operating</source>
        <translation>운영하지 않는 기업</translation>
    </message>
    <message>
        <source>Completions of the year</source>
        <translation>교육 수료 현황</translation>
    </message>
    <message>
        <source>Distinct people over the term</source>
        <translation>전체 기간 수료 실인원</translation>
    </message>
    <message>
        <source>Grant payments</source>
        <translation>보조금 지급 내역</translation>
    </message>
    <message>
        <source>Public procurement purchases</source>
        <translation>공공구매 실적</translation>
    </message>
    <message>
        <source>Tenancies on the day</source>
        <translation>입주 현황</translation>
    </message>
    <message>
        <source>Consulting sessions</source>
        <translation>컨설팅 내역</translation>
    </message>
    <message>
        <source>Tenancies ending</source>
        <translation>입주 종료 예정</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>이번 주 컨설팅</translation>
    </message>
    <message>
        <source>Waiting for my approval</source>
        <translation>내 결재 대기</translation>
    </message>
    <message>
        <source>Settlements due or overdue</source>
        <translation>정산 기한 임박·경과</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1월</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2월</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3월</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4월</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5월</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6월</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7월</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8월</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9월</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10월</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11월</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12월</translation>
    </message>
    <message>
        <source>{weekday}, {day} {month} {year}</source>
        <translation>{year}. {month_number}. {day}. ({weekday})</translation>
    </message>
    <message>
        <source>{weekday} {day} {month}</source>
        <translation>{month_number}. {day}. ({weekday})</translation>
    </message>
    <message>
        <source>{0} won</source>
        <translation>{0}원</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0}시간</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0}명</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>목표 미설정</translation>
    </message>
    <message>
        <source>Target {0} · {1} of the target</source>
        <translation>목표 {0} · 달성률 {1}</translation>
    </message>
    <message>
        <source>pace {0}</source>
        <translation>진도 기준 {0}</translation>
    </message>
    <message>
        <source>Target met.</source>
        <translation>목표를 달성했습니다.</translation>
    </message>
    <message>
        <source>On pace.</source>
        <translation>진도에 맞게 진행 중입니다.</translation>
    </message>
    <message>
        <source>Behind pace.</source>
        <translation>진도보다 늦습니다.</translation>
    </message>
    <message>
        <source>Far behind pace.</source>
        <translation>진도보다 크게 늦습니다.</translation>
    </message>
    <message>
        <source>No target set for this year.</source>
        <translation>이 연도의 목표가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter or a click shows the records behind it.</source>
        <translation>Enter 키나 클릭으로 근거 자료를 봅니다.</translation>
    </message>
    <message>
        <source>Tenancies ending ({0})</source>
        <translation>입주 종료 예정 ({0})</translation>
    </message>
    <message>
        <source>Sessions ({0})</source>
        <translation>컨설팅 일정 ({0})</translation>
    </message>
    <message>
        <source>Waiting for my approval ({0})</source>
        <translation>내 결재 대기 ({0})</translation>
    </message>
    <message>
        <source>Settlements due or overdue ({0})</source>
        <translation>정산 기한 임박·경과 ({0})</translation>
    </message>
    <message>
        <source>This week&apos;s work</source>
        <translation>이번 주 할 일</translation>
    </message>
    <message>
        <source>… {0} more</source>
        <translation>… 외 {0}건</translation>
    </message>
    <message>
        <source>Nothing this week</source>
        <translation>이번 주에는 없습니다</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>달력 (Alt+↓)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>Type a month: 2027-01, 2027.1 or 202701.</source>
        <translation>월을 입력하세요: 2027-01, 2027.1, 202701</translation>
    </message>
    <message>
        <source>Type a date: 2027-01-01, 2027.1.1, 20270101 or 27.1.1.</source>
        <translation>날짜를 입력하세요: 2027-01-01, 2027.1.1, 20270101, 27.1.1</translation>
    </message>
</context>
<context>
    <name>DayRange</name>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Reject expense</source>
        <translation>지출 불인정</translation>
    </message>
    <message>
        <source>Approve part of the expense</source>
        <translation>지출 일부 인정</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>인정액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Say why it is rejected.</source>
        <translation>불인정 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>A part is more than 0 and less than the {0} claimed.</source>
        <translation>일부 인정액은 0원보다 크고 청구액 {0}보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>Reject {0}</source>
        <translation>{0} 불인정</translation>
    </message>
    <message>
        <source>Approve part of {0}</source>
        <translation>{0} 일부 인정</translation>
    </message>
</context>
<context>
    <name>DepartmentModel</name>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표액</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>구매 실적</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성률</translation>
    </message>
    <message>
        <source>Next year&apos;s target</source>
        <translation>차년도 목표액</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Signed in as {0}. The undo history of {1} was cleared: each person undoes only their own changes.</source>
        <translation>로그인: {0}. 실행 취소 기록은 사람마다 따로 관리하므로 {1} 님의 기록은 비웠습니다.</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>백업하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Could not renew the file&apos;s lock: {0}</source>
        <translation>파일 잠금을 갱신하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>HubDesk demo database: {0} (a fresh copy; it is deleted when the window closes)</source>
        <translation>HubDesk 데모 데이터베이스: {0} (새로 만든 사본이며, 창을 닫으면 지워집니다)</translation>
    </message>
    <message>
        <source>{user} has this file open on {host} (since {since}). It opens read-only: you can look, but changes cannot be saved until they close it.</source>
        <translation>{user}님이 {host}에서 이 파일을 열고 있습니다({since}부터). 읽기 전용으로 엽니다. 내용은 볼 수 있지만 그 사용자가 파일을 닫을 때까지 변경 내용을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>{0}: an export interrupted before it was logged was removed.</source>
        <translation>{0}: 기록되기 전에 중단된 내보내기 파일을 지웠습니다.</translation>
    </message>
    <message>
        <source>{0}: an export interrupted by a crash was finished (it is in the export log).</source>
        <translation>{0}: 비정상 종료로 중단된 내보내기를 마저 끝냈습니다(내보내기 기록에 있습니다).</translation>
    </message>
    <message>
        <source>{0}: a logged export could not be finished; export it again.</source>
        <translation>{0}: 기록된 내보내기를 마치지 못했습니다. 다시 내보내세요.</translation>
    </message>
    <message>
        <source>The protection of this file&apos;s audit trail had been removed outside HubDesk ({triggers}). HubDesk has put it back and recorded that in the audit trail. Run a file check (hubdesk check) to see whether the trail was changed meanwhile.</source>
        <translation>이 파일의 감사 기록 보호 장치가 HubDesk 밖에서 제거되어 있었습니다({triggers}). HubDesk가 다시 설치하고 그 사실을 감사 기록에 남겼습니다. 그동안 기록이 바뀌었는지 파일 검사(hubdesk check)로 확인하세요.</translation>
    </message>
    <message>
        <source>{problem}

The newest intact backup is from {taken_at} ({teams} teams, {changes} recorded changes). Restore it? The damaged file is kept as a copy first.</source>
        <translation>{problem}

손상되지 않은 가장 최근 백업은 {taken_at} 백업입니다(기업·팀 {teams}개, 변경 기록 {changes}건). 이 백업으로 복원할까요? 손상된 파일은 먼저 사본으로 보관합니다.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>{0} is no longer there: it was moved or deleted.</source>
        <translation>파일이 없습니다(옮겨졌거나 삭제됨): {0}</translation>
    </message>
    <message>
        <source>This PC has no program that opens {0}. Open it yourself from: {1}</source>
        <translation>이 PC에는 이 파일({0})을 여는 프로그램이 없습니다. 다음 폴더에서 직접 여세요: {1}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 완료</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} 파일을 저장했습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>DisbursementPanel</name>
    <message>
        <source>Plan tranche…</source>
        <translation>교부 계획 추가…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>교부 요청</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>반려…</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>지급…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>지급 취소…</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
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
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>교부 차수</translation>
    </message>
    <message>
        <source>Wage lines</source>
        <translation>인건비 내역</translation>
    </message>
    <message>
        <source>Choose an agreement to see its disbursements.</source>
        <translation>협약을 선택하면 교부 내역이 나타납니다.</translation>
    </message>
    <message>
        <source>{0}: paid {1} of {2} · {3} left to plan</source>
        <translation>{0}: 보조금 {2} 중 {1} 지급 · 미계획 잔액 {3}</translation>
    </message>
    <message>
        <source>{0}, reversed</source>
        <translation>{0}(지급 취소됨)</translation>
    </message>
    <message>
        <source>Reversed by {0}</source>
        <translation>지급 취소 기록: {0}</translation>
    </message>
    <message>
        <source>Reverses {0}</source>
        <translation>지급 취소 대상: {0}</translation>
    </message>
    <message>
        <source>You requested this; another staff member must approve it</source>
        <translation>직접 요청한 교부입니다. 다른 직원이 승인해야 합니다</translation>
    </message>
    <message>
        <source>Only a manager or an administrator approves disbursements</source>
        <translation>교부 승인은 팀장 또는 관리자만 할 수 있습니다</translation>
    </message>
    <message>
        <source>A payment cannot be undone; a wrong one is corrected with Reverse…</source>
        <translation>지급은 실행 취소할 수 없습니다. 잘못된 지급은 ‘지급 취소…’로 바로잡습니다</translation>
    </message>
    <message>
        <source>Request {0}</source>
        <translation>{0} 교부 요청</translation>
    </message>
    <message>
        <source>Approve {0}</source>
        <translation>{0} 교부 승인</translation>
    </message>
    <message>
        <source>Approve {0} of {1} for {2} (agreement {3})?</source>
        <translation>{3} 협약({2})의 {1} 교부 {0}을 승인할까요?</translation>
    </message>
    <message>
        <source>Approve disbursement</source>
        <translation>교부 승인</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillHeaders</name>
    <message>
        <source>Team</source>
        <translation>기업·팀</translation>
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
        <source>Since</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>교육과정</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
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
        <source>Participants</source>
        <translation>참여 인원</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>수료 인원</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협약번호</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>재원</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반납액</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Goods/services</source>
        <translation>구매 구분</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
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
        <source>Consultant</source>
        <translation>컨설턴트</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>요청자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
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
        <source>End the tenancy</source>
        <translation>퇴거 처리</translation>
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
        <source>Last day in the room: {0}.</source>
        <translation>마지막 사용일: {0}.</translation>
    </message>
    <message>
        <source>End the tenancy of {0}</source>
        <translation>{0} 입주계약 종료</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>Add expense · {0}</source>
        <translation>지출 추가 · {0}</translation>
    </message>
    <message>
        <source>e.g. tax invoice no. 2026-0412, card slip</source>
        <translation>예: 세금계산서 2026-0412, 카드 전표</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>비목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>지출일</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>Enter what was bought and the amount claimed.</source>
        <translation>지출 내용과 청구액을 입력하세요.</translation>
    </message>
    <message>
        <source>Add the expense {0}</source>
        <translation>지출 추가: {0}</translation>
    </message>
</context>
<context>
    <name>ExpenseLabels</name>
    <message>
        <source>Pending</source>
        <translation>심사 전</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>인정</translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation>일부 인정</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>불인정</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <source>Export consultation log</source>
        <translation>컨설팅 일지 내보내기</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{0} Q{1}</source>
        <translation>{0}년 {1}분기</translation>
    </message>
    <message>
        <source>UTF-8 (Excel 2016 and later)</source>
        <translation>UTF-8 (엑셀 2016 이상)</translation>
    </message>
    <message>
        <source>CP949 (older Excel)</source>
        <translation>CP949 (이전 엑셀)</translation>
    </message>
    <message>
        <source>Mask personal data (names, phones, e-mails)</source>
        <translation>개인정보 마스킹(이름·전화·이메일)</translation>
    </message>
    <message>
        <source>Why the names and contacts are needed</source>
        <translation>이름과 연락처가 필요한 이유</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>CSV encoding</source>
        <translation>CSV 인코딩</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>저장할 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Exporting the consultation log…</source>
        <translation>컨설팅 일지를 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{0} sessions written to {1}.</source>
        <translation>컨설팅 {0}건을 {1}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>취소했습니다. 파일을 만들지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>All staff</source>
        <translation>전체 직원</translation>
    </message>
    <message>
        <source>1 export</source>
        <translation>1건</translation>
    </message>
    <message>
        <source>{0} exports</source>
        <translation>{0}건</translation>
    </message>
    <message>
        <source>Parameters: {0}</source>
        <translation>조건: {0}</translation>
    </message>
</context>
<context>
    <name>ExportTableModel</name>
    <message>
        <source>Time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>마스킹</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>건수</translation>
    </message>
</context>
<context>
    <name>FileReasons</name>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>this is a folder, not a HubDesk file</source>
        <translation>폴더입니다. HubDesk 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>폴더가 없습니다</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>파일이나 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the file is empty: it is not a HubDesk file</source>
        <translation>빈 파일입니다. HubDesk 파일이 아닙니다</translation>
    </message>
    <message>
        <source>this is not a HubDesk file (not an SQLite database)</source>
        <translation>HubDesk 파일이 아닙니다(SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <source>this SQLite file belongs to another program, not HubDesk</source>
        <translation>다른 프로그램의 SQLite 파일입니다. HubDesk 파일이 아닙니다</translation>
    </message>
    <message>
        <source>this is an empty SQLite database, not a HubDesk file; choose a new file name</source>
        <translation>내용이 없는 SQLite 데이터베이스로, HubDesk 파일이 아닙니다. 새 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>the path is a link that cannot be followed (a loop of links?)</source>
        <translation>따라갈 수 없는 링크입니다(링크가 서로를 가리키고 있지 않은지 확인하세요)</translation>
    </message>
    <message>
        <source>a page of the file cannot be read</source>
        <translation>파일의 일부 페이지를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>this is a HubDesk database or one of its working files; choose another file name</source>
        <translation>HubDesk 데이터베이스 또는 그 작업 파일입니다. 다른 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>this is the database&apos;s backup folder; choose another folder</source>
        <translation>데이터베이스의 백업 폴더입니다. 다른 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>this file is a database; choose another file name</source>
        <translation>데이터베이스 파일입니다. 다른 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>this is a folder; choose a file name</source>
        <translation>폴더입니다. 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>the disk is full; free some space or choose another drive</source>
        <translation>디스크 공간이 부족합니다. 공간을 확보하거나 다른 드라이브를 선택하세요</translation>
    </message>
    <message>
        <source>the file is larger than this drive or account allows</source>
        <translation>이 드라이브나 계정에서 허용하는 크기를 넘는 파일입니다</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written (is the file open in another program?)</source>
        <translation>파일이나 폴더에 쓸 수 없습니다(다른 프로그램에서 파일을 열어 두었는지 확인하세요)</translation>
    </message>
    <message>
        <source>the backup is empty: it is not a HubDesk file</source>
        <translation>백업 파일이 비어 있습니다. HubDesk 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the backup is not a HubDesk file</source>
        <translation>HubDesk 백업 파일이 아닙니다</translation>
    </message>
    <message>
        <source>another program has the file open; close HubDesk everywhere and try again</source>
        <translation>다른 프로그램이 파일을 열어 두었습니다. 모든 PC에서 HubDesk를 닫은 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>another program is writing the file; try again in a moment</source>
        <translation>다른 프로그램이 파일에 쓰고 있습니다. 잠시 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>a file of this name already exists</source>
        <translation>같은 이름의 파일이 이미 있습니다</translation>
    </message>
    <message>
        <source>the file needs an upgrade, but someone else has it open; try again later</source>
        <translation>파일 형식을 새 버전으로 바꿔야 하는데 다른 사람이 열어 두었습니다. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <source>no backup was written: {inner}</source>
        <translation>백업을 만들지 못했습니다. {inner}</translation>
    </message>
    <message>
        <source>the backup is damaged ({inner})</source>
        <translation>백업 파일이 손상되었습니다({inner})</translation>
    </message>
    <message>
        <source>the backup was made by a newer HubDesk (schema {schema}); update HubDesk first</source>
        <translation>새 버전의 HubDesk에서 만든 백업입니다(스키마 {schema}). 먼저 HubDesk를 업데이트하세요</translation>
    </message>
    <message>
        <source>the file was made by a newer HubDesk (schema {schema}); update HubDesk to open it</source>
        <translation>새 버전의 HubDesk에서 만든 파일입니다(스키마 {schema}). 열려면 HubDesk를 업데이트하세요</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>{table} 테이블이 없습니다</translation>
    </message>
    <message>
        <source>the column {column} is missing</source>
        <translation>{column} 열이 없습니다</translation>
    </message>
</context>
<context>
    <name>FileTask</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>첫 관리자 계정 만들기</translation>
    </message>
    <message>
        <source>This file has no staff accounts yet. Create the administrator account: it can add the other staff members and manage the hub settings.</source>
        <translation>이 파일에는 아직 직원 계정이 없습니다. 관리자 계정을 만드세요. 관리자는 다른 직원 계정을 추가하고 센터 설정을 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>lower-case latin letters, e.g. jisu.han</source>
        <translation>영문 소문자(예: jisu.han)</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>Username</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
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
        <translation>해지</translation>
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
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Settlement deadlines</source>
        <translation>정산 기한</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>보조금</translation>
    </message>
    <message>
        <source>Agreement {0} created as a draft.</source>
        <translation>협약 {0}을(를) 작성 중 상태로 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>HubDesk user guide</source>
        <translation>HubDesk 사용 안내서</translation>
    </message>
</context>
<context>
    <name>HubSettingsDialog</name>
    <message>
        <source>Hub settings</source>
        <translation>센터 설정</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>센터</translation>
    </message>
    <message>
        <source>Agreement articles</source>
        <translation>협약서 조항</translation>
    </message>
    <message>
        <source>Only administrators can change the hub settings.</source>
        <translation>센터 설정은 관리자만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source> months of the fee</source>
        <translation>개월분(월 사용료 기준)</translation>
    </message>
    <message>
        <source>One to five titles of the approval box, separated by commas</source>
        <translation>결재란 직위 1~5개를 쉼표로 구분해 입력</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>센터 이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>센터장</translation>
    </message>
    <message>
        <source>District</source>
        <translation>자치구</translation>
    </message>
    <message>
        <source>Maximum stay</source>
        <translation>최대 입주 기간</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
    <message>
        <source>Approval titles</source>
        <translation>결재란 직위</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>미리 보기…</translation>
    </message>
    <message>
        <source>A sample agreement laid out with these settings (nothing is saved)</source>
        <translation>이 설정으로 만든 견본 협약서(저장하지 않음)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Change the hub settings</source>
        <translation>센터 설정 변경</translation>
    </message>
</context>
<context>
    <name>IdleTeamModel</name>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>최근 컨설팅</translation>
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
        <source>Staff member</source>
        <translation>담당자</translation>
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
        <source>Budget execution (city)</source>
        <translation>예산 집행(시비)</translation>
    </message>
    <message>
        <source>Budget execution (district)</source>
        <translation>예산 집행(구비)</translation>
    </message>
    <message>
        <source>Public procurement</source>
        <translation>공공구매</translation>
    </message>
    <message>
        <source>People trained (term)</source>
        <translation>인재양성(계획 기간)</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>주민</translation>
    </message>
    <message>
        <source>Enterprise worker</source>
        <translation>기업 종사자</translation>
    </message>
    <message>
        <source>Public official</source>
        <translation>공무원</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>용역</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>공사</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
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
        <source>Read-only: {0} has this file open. You can look, but changes cannot be saved until they close it.</source>
        <translation>읽기 전용: 다른 사용자가 이 파일을 열고 있습니다({0}). 내용은 볼 수 있지만 그 사용자가 파일을 닫을 때까지 변경 내용을 저장할 수 없습니다.</translation>
    </message>
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
        <source>&amp;Export consultation log…</source>
        <translation>컨설팅 일지 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Annual report…</source>
        <translation>사회적경제 활성화 추진실적(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Hub settings and agreement articles…</source>
        <translation>센터 설정·협약서 조항(&amp;H)…</translation>
    </message>
    <message>
        <source>Yearly &amp;targets…</source>
        <translation>연도별 목표(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Staff &amp;accounts…</source>
        <translation>직원 계정(&amp;A)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>내 비밀번호 변경(&amp;P)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>사용자 전환(&amp;W)…</translation>
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
        <source>Waiting for my &amp;approval…</source>
        <translation>내 결재 대기(&amp;A)…</translation>
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
        <source>&amp;User guide</source>
        <translation>사용 안내서(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About HubDesk</source>
        <translation>HubDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>결재</translation>
    </message>
    <message>
        <source>Log export</source>
        <translation>일지 내보내기</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>안내서</translation>
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
        <source>Read-only: {0} has this file open</source>
        <translation>읽기 전용(사용 중: {0})</translation>
    </message>
    <message>
        <source>Open what waits for my approval (Ctrl+Shift+A)</source>
        <translation>내 결재 대기 열기(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>{0} on {1} since {2}</source>
        <translation>{0}, {1}, {2}부터</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for approval</source>
        <translation>
            <numerusform>결재 대기 %n건</numerusform>
        </translation>
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
        <source>&lt;h3&gt;HubDesk {0}&lt;/h3&gt;&lt;p&gt;The desk of the social-economy hub center: office space, consulting, grants and goals.&lt;/p&gt;&lt;p&gt;Korean text is set in NanumGothic (SIL Open Font License); the icons are Lucide&apos;s (ISC License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HubDesk {0}&lt;/h3&gt;&lt;p&gt;사회적경제 허브센터 업무 프로그램: 입주 공간, 컨설팅, 보조금, 성과 목표.&lt;/p&gt;&lt;p&gt;한글 글꼴: 나눔고딕(SIL Open Font License), 아이콘: Lucide(ISC License).&lt;/p&gt;</translation>
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
        <source>The disk is full, so the change was not saved ({path}). Free some space and make the change again.</source>
        <translation>디스크 공간이 부족해 변경 내용을 저장하지 못했습니다({path}). 공간을 확보한 뒤 다시 수정해 주세요.</translation>
    </message>
    <message>
        <source>The business number {value} must have 10 digits.</source>
        <translation>사업자등록번호 {value}은(는) 10자리 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The business number {value} cannot have been issued: its {part} is all zeros.</source>
        <translation>사업자등록번호 {value}: {part} 자리가 모두 0인 번호는 발급되지 않습니다.</translation>
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
        <source>{team_name} has {tenancies} tenancies, {sessions} sessions, {agreements} agreements, {applications} applications and {purchases} public purchases, so it cannot be deleted. Close or archive it instead.</source>
        <translation>{team_name}에는 입주계약 {tenancies}건, 컨설팅 {sessions}건, 협약 {agreements}건, 입주신청 {applications}건, 공공구매 실적 {purchases}건이 있어 삭제할 수 없습니다. 대신 폐업 처리하거나 보관하세요.</translation>
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
        <translation>{requester}님이 요청한 교부({disbursement})는 다른 직원이 승인해야 합니다.</translation>
    </message>
    <message>
        <source>Disbursement {disbursement} was requested by {requester}; only they can withdraw the request.</source>
        <translation>{requester}님이 요청한 교부({disbursement})는 요청한 사람만 요청을 철회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Disbursement {disbursement} was approved by {approver}; only they can take the approval back.</source>
        <translation>{approver}님이 승인한 교부({disbursement})는 승인한 사람만 승인을 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Wage support of {amount} won for {month} exceeds the monthly cap of {cap} won.</source>
        <translation>{month} 인건비 지원 {amount}원이 월 한도 {cap}원을 넘습니다.</translation>
    </message>
    <message>
        <source>{entity} {key} cannot go from {current} to {target}.</source>
        <translation>{entity} {key}: {current} 상태에서 {target} 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The approved {approved} won exceeds the claimed {claimed} won.</source>
        <translation>인정액 {approved}원이 청구액 {claimed}원을 넘습니다.</translation>
    </message>
    <message>
        <source>The expense category {category} is not eligible in program {program}.</source>
        <translation>‘{category}’은(는) {program}의 지원 가능 비목이 아닙니다.</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}.</source>
        <translation>{user}({role})은(는) {action} 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>아이디 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The username or password is wrong. {attempts_left} more wrong tries lock the account for 15 minutes.</source>
        <translation>아이디 또는 비밀번호가 올바르지 않습니다. {attempts_left}번 더 틀리면 계정이 15분 동안 잠깁니다.</translation>
    </message>
    <message>
        <source>The account {username} is locked after repeated wrong passwords until {until}. An administrator can unlock it sooner.</source>
        <translation>비밀번호를 여러 번 잘못 입력해 {username} 계정이 {until}까지 잠겼습니다. 관리자가 그 전에 잠금을 해제할 수 있습니다.</translation>
    </message>
    <message>
        <source>This file is open read-only because someone else has it open: the change was not saved.</source>
        <translation>다른 사람이 이 파일을 열고 있어 읽기 전용으로 열렸습니다. 변경 내용을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The file {path} is damaged and cannot be opened ({detail}). Restore it from a backup.</source>
        <translation>{path} 파일이 손상되어 열 수 없습니다({detail}). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>Someone else changed this record ({entity} {key}) meanwhile. Reload it and make the change again.</source>
        <translation>그사이 다른 사람이 이 기록({entity} {key})을 바꿨습니다. 다시 불러온 뒤 다시 수정해 주세요.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>취소했습니다. 파일을 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Exporting without masking personal data needs a reason.</source>
        <translation>개인정보를 마스킹하지 않고 내보내려면 사유를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>{encoding} cannot write the character {character} (row {row}, column {column}). Export as UTF-8 instead.</source>
        <translation>{encoding}(으)로는 {character} 문자를 저장할 수 없습니다({row}행 {column}열). UTF-8로 내보내세요.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>‘{text}’ is not a date: type it like 2027-01-01, 2027.1.1 or 20270101.</source>
        <translation>날짜로 읽을 수 없습니다(‘{text}’). 2027-01-01, 2027.1.1, 20270101처럼 입력하세요.</translation>
    </message>
    <message>
        <source>‘{text}’ is not a month: type it like 2027-01, 2027.1 or 202701.</source>
        <translation>월로 읽을 수 없습니다(‘{text}’). 2027-01, 2027.1, 202701처럼 입력하세요.</translation>
    </message>
    <message>
        <source>There is no month {month} (‘{text}’).</source>
        <translation>{month}월은 없습니다(‘{text}’).</translation>
    </message>
    <message>
        <source>Month {month} of {year} has {last_day} days (‘{text}’).</source>
        <translation>{year}년 {month}월은 {last_day}일까지입니다(‘{text}’).</translation>
    </message>
    <message>
        <source>{day} is a {actual}, not a {written} (‘{text}’).</source>
        <translation>{day}의 요일은 {written}이 아니라 {actual}입니다(‘{text}’).</translation>
    </message>
    <message>
        <source>{day} is before {first}, the first day allowed.</source>
        <translation>{first}부터 입력할 수 있습니다({day}).</translation>
    </message>
    <message>
        <source>{day} is after {last}, the last day allowed.</source>
        <translation>{last}까지 입력할 수 있습니다({day}).</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>금액을 입력하세요.</translation>
    </message>
    <message>
        <source>‘{character}’ cannot be part of an amount: type it like 3,000,000, 300만 or 1억 2,000만.</source>
        <translation>금액에는 ‘{character}’ 글자를 쓸 수 없습니다. 3,000,000, 300만, 1억 2,000만처럼 입력하세요.</translation>
    </message>
    <message>
        <source>‘{text}’ is not an amount: type it like 3,000,000, 300만 or 1억 2,000만.</source>
        <translation>금액으로 읽을 수 없습니다(‘{text}’). 3,000,000, 300만, 1억 2,000만처럼 입력하세요.</translation>
    </message>
    <message>
        <source>‘{text}’ is not a whole number of won.</source>
        <translation>원 단위 아래는 입력할 수 없습니다(‘{text}’).</translation>
    </message>
    <message>
        <source>{amount} won is below the minimum of {minimum} won.</source>
        <translation>{minimum}원 이상이어야 합니다({amount}원).</translation>
    </message>
    <message>
        <source>{amount} won is above the maximum of {maximum} won.</source>
        <translation>{maximum}원 이하여야 합니다({amount}원).</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>설립일</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Yearly quota</source>
        <translation>연간 한도</translation>
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
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
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
    <message>
        <source>needs at least {n} characters</source>
        <translation>{n}자 이상이어야 합니다</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>앞뒤에 공백이 있으면 안 됩니다</translation>
    </message>
    <message>
        <source>is not the current password</source>
        <translation>현재 비밀번호와 다릅니다</translation>
    </message>
    <message>
        <source>the last administrator cannot lose the role or be deactivated</source>
        <translation>마지막 관리자는 권한을 바꾸거나 사용 중지할 수 없습니다</translation>
    </message>
    <message>
        <source>{value} already exists</source>
        <translation>{value}은(는) 이미 있습니다</translation>
    </message>
    <message>
        <source>{value} is not a login name (lower-case latin letters and digits)</source>
        <translation>{value}은(는) 아이디로 쓸 수 없습니다(영문 소문자와 숫자만 가능)</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value}은(는) 문자가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value}은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a list</source>
        <translation>{value}은(는) 목록이 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value}은(는) 예/아니요 값이 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not a time of day</source>
        <translation>{value}은(는) 시각이 아닙니다</translation>
    </message>
    <message>
        <source>{value} is not one of the choices</source>
        <translation>{value}은(는) 선택할 수 있는 값이 아닙니다</translation>
    </message>
    <message>
        <source>{value} is outside the years {first}–{last}</source>
        <translation>{value}은(는) {first}–{last}년 범위를 벗어납니다</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>application</source>
        <translation>입주신청</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>체크리스트 항목</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>컨설턴트</translation>
    </message>
    <message>
        <source>disbursement</source>
        <translation>교부</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>hub settings</source>
        <translation>센터 설정</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>업무협약</translation>
    </message>
    <message>
        <source>program</source>
        <translation>지원사업</translation>
    </message>
    <message>
        <source>renewal of tenancy</source>
        <translation>입주계약 갱신</translation>
    </message>
    <message>
        <source>session</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>space</source>
        <translation>공간</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>입주계약</translation>
    </message>
    <message>
        <source>wage line</source>
        <translation>인건비 내역</translation>
    </message>
    <message>
        <source>approve disbursements</source>
        <translation>교부 승인</translation>
    </message>
    <message>
        <source>reject disbursements</source>
        <translation>교부 반려</translation>
    </message>
    <message>
        <source>change the hub settings</source>
        <translation>센터 설정 변경</translation>
    </message>
    <message>
        <source>change the days off</source>
        <translation>휴무일 변경</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>권한 변경</translation>
    </message>
    <message>
        <source>activate or deactivate accounts</source>
        <translation>계정 사용·중지</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>비밀번호 초기화</translation>
    </message>
    <message>
        <source>unlock accounts</source>
        <translation>계정 잠금 해제</translation>
    </message>
    <message>
        <source>create the first administrator</source>
        <translation>첫 관리자 계정 생성</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Program {key} is used by agreements, so it cannot be deleted.</source>
        <translation>지원사업 {key}에 협약이 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Agreement {key} can no longer be discarded: it is {current}, or money is planned or paid on it.</source>
        <translation>협약 {key}: 더 이상 폐기할 수 없습니다({current} 상태이거나 교부 계획·지급 내역이 있음).</translation>
    </message>
    <message>
        <source>The signing of agreement {key} can no longer be undone: it is {current}, or money is planned or paid on it.</source>
        <translation>협약 {key}: 체결을 더 이상 되돌릴 수 없습니다({current} 상태이거나 교부 계획·지급 내역이 있음).</translation>
    </message>
    <message>
        <source>Agreement {key} is {current}: no money can be planned or requested on it.</source>
        <translation>협약 {key}: {current} 상태에서는 교부를 계획하거나 요청할 수 없습니다.</translation>
    </message>
    <message>
        <source>Agreement {key} is {current}: nothing can be paid on it.</source>
        <translation>협약 {key}: {current} 상태에서는 보조금을 지급할 수 없습니다.</translation>
    </message>
    <message>
        <source>Agreement {key} is {current}: its settlement cannot be opened.</source>
        <translation>협약 {key}: {current} 상태에서는 정산을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Disbursement {key} is {current}, so it cannot be removed.</source>
        <translation>교부 {key}: {current} 상태에서는 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Disbursement {key} cannot be reversed: only a paid disbursement is reversed, and only once.</source>
        <translation>교부 {key}: 지급을 취소할 수 없습니다. 지급 완료된 교부만 한 번 지급 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>The wage line of {key} is part of the request {current}, so it cannot be removed.</source>
        <translation>{key}의 인건비 내역은 교부 요청 {current}에 포함되어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Opening the settlement of {key} can no longer be undone: it has expenses, or the agreement has moved on.</source>
        <translation>{key}의 정산 시작은 더 이상 되돌릴 수 없습니다. 지출 내역이 있거나 협약 상태가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>This settlement is closed and cannot change any more.</source>
        <translation>이 정산은 완료되어 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>tax office code</source>
        <translation>세무서 코드</translation>
    </message>
    <message>
        <source>type code</source>
        <translation>구분 코드</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>일련번호</translation>
    </message>
    <message>
        <source>contains the invisible control character U+{code}</source>
        <translation>보이지 않는 제어 문자(U+{code})가 들어 있습니다</translation>
    </message>
    <message>
        <source>contains the hidden text-direction character U+{code}, which makes text read differently from what is stored</source>
        <translation>글자 방향을 바꾸는 숨은 문자(U+{code})가 들어 있어 저장되는 내용과 다르게 읽힐 수 있습니다</translation>
    </message>
    <message>
        <source>contains a broken character (U+{code}); type or paste the text again</source>
        <translation>깨진 문자(U+{code})가 들어 있습니다. 다시 입력하거나 붙여 넣어 주세요</translation>
    </message>
    <message>
        <source>contains a character that cannot be stored</source>
        <translation>저장할 수 없는 문자가 들어 있습니다</translation>
    </message>
    <message>
        <source>must be one line</source>
        <translation>한 줄로 입력해야 합니다</translation>
    </message>
    <message>
        <source>{value} is not a Korean phone number (for example 010-1234-5678)</source>
        <translation>국내 전화번호 형식이 아닙니다: {value} (예: 010-1234-5678)</translation>
    </message>
    <message>
        <source>{value} is not a whole amount of won</source>
        <translation>{value}은(는) 원 단위 정수 금액이 아닙니다</translation>
    </message>
    <message>
        <source>{amount} won: the amount must be more than 0 won</source>
        <translation>{amount}원은 입력할 수 없습니다. 0원보다 큰 금액이어야 합니다</translation>
    </message>
    <message>
        <source>{amount} won is too large</source>
        <translation>{amount}원은 너무 큰 금액입니다</translation>
    </message>
    <message>
        <source>{team} is {team_status}</source>
        <translation>{team}은(는) {team_status} 상태입니다</translation>
    </message>
    <message>
        <source>the grant must be more than 0 won</source>
        <translation>보조금(시비 + 구비)은 0원보다 커야 합니다</translation>
    </message>
    <message>
        <source>{clawback} won is more than the {paid} won paid</source>
        <translation>{clawback}원이 지급액 {paid}원보다 많습니다</translation>
    </message>
    <message>
        <source>needs at least one percent</source>
        <translation>비율을 하나 이상 입력해야 합니다</translation>
    </message>
    <message>
        <source>a professional-staff program needs a monthly wage cap</source>
        <translation>전문인력 지원사업에는 월 인건비 한도가 있어야 합니다</translation>
    </message>
    <message>
        <source>{year} already has a {code} program</source>
        <translation>{year}년에는 이미 {code} 지원사업이 있습니다</translation>
    </message>
    <message>
        <source>cannot change: the program&apos;s agreements are numbered with it</source>
        <translation>이 지원사업의 협약 번호에 쓰이므로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>{amount} won is already committed in agreements</source>
        <translation>이미 협약에 {amount}원이 배정되어 있습니다</translation>
    </message>
    <message>
        <source>an agreement of this program grants {amount} won</source>
        <translation>이 지원사업에 보조금이 {amount}원인 협약이 있습니다</translation>
    </message>
    <message>
        <source>agreement {number} has a lower co-payment</source>
        <translation>협약 {number}의 자부담 비율이 이보다 낮습니다</translation>
    </message>
    <message>
        <source>a wage line supports {amount} won a month</source>
        <translation>월 {amount}원을 지원한 인건비 내역이 있습니다</translation>
    </message>
    <message>
        <source>is more than the gross wage</source>
        <translation>급여 총액보다 많습니다</translation>
    </message>
    <message>
        <source>{number} is not the number of a discarded draft</source>
        <translation>{number}은(는) 되돌린 협약 초안의 번호가 아닙니다</translation>
    </message>
    <message>
        <source>is not a professional-staff agreement</source>
        <translation>전문인력 지원 협약이 아닙니다</translation>
    </message>
    <message>
        <source>{name} already has a wage line for {month}</source>
        <translation>{name}의 {month} 인건비 내역이 이미 있습니다</translation>
    </message>
    <message>
        <source>no wage line of {month} is left to request</source>
        <translation>{month}에 교부 요청할 인건비 내역이 없습니다</translation>
    </message>
    <message>
        <source>{day} is outside the period {start} – {end}</source>
        <translation>{day}은(는) 사업 기간({start} – {end}) 밖입니다</translation>
    </message>
    <message>
        <source>{count} are not decided yet</source>
        <translation>아직 심사하지 않은 지출이 {count}건 있습니다</translation>
    </message>
    <message>
        <source>{returned} won returned, but {owed} won is owed back</source>
        <translation>반납할 금액은 {owed}원인데 {returned}원을 입력했습니다</translation>
    </message>
    <message>
        <source>needs one to five titles</source>
        <translation>직위를 1~5개 입력해야 합니다</translation>
    </message>
    <message>
        <source>needs one to {n} articles</source>
        <translation>조항은 1~{n}개여야 합니다</translation>
    </message>
    <message>
        <source>article {number} needs a title and a text</source>
        <translation>제{number}조에 제목과 내용을 입력해야 합니다</translation>
    </message>
    <message>
        <source>article {number}: the title is longer than {n} characters</source>
        <translation>제{number}조: 제목이 {n}자보다 깁니다</translation>
    </message>
    <message>
        <source>article {number}: the text is longer than {n} characters</source>
        <translation>제{number}조: 내용이 {n}자보다 깁니다</translation>
    </message>
    <message>
        <source>article {number}: unknown placeholder {names}</source>
        <translation>제{number}조: 알 수 없는 자동 입력 항목 {names}</translation>
    </message>
    <message>
        <source>{day} is already a day off</source>
        <translation>{day}은(는) 이미 휴무일입니다</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>환수액</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>지출 내역</translation>
    </message>
    <message>
        <source>Maximum stay</source>
        <translation>최대 입주 기간</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>보증금</translation>
    </message>
</context>
<context>
    <name>MouDialog</name>
    <message>
        <source>MOU and consultants</source>
        <translation>업무협약·컨설턴트</translation>
    </message>
    <message>
        <source> h a year</source>
        <translation>시간/년</translation>
    </message>
    <message>
        <source>Save MOU</source>
        <translation>업무협약 저장</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>배정 가능</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>업무협약</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>협약 기관</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>협약명</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>협약 기간</translation>
    </message>
    <message>
        <source>Yearly quota</source>
        <translation>연간 한도</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>컨설턴트</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Change the MOU</source>
        <translation>업무협약 변경</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>입력한 내용을 버리고 닫을까요?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리고 닫기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 입력</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Saved: {0} (Ctrl+Z undoes it)</source>
        <translation>저장했습니다: {0} (Ctrl+Z로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>완료했습니다: {0}</translation>
    </message>
    <message>
        <source>The database refused the change: {0}</source>
        <translation>데이터베이스가 변경을 거부했습니다: {0}</translation>
    </message>
    <message>
        <source>HubDesk</source>
        <translation>HubDesk</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>다시 실행했습니다: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>되돌렸습니다: {0}</translation>
    </message>
</context>
<context>
    <name>OverdueSettlements</name>
    <message>
        <source>Agreement</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>사업 종료일</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>정산 기한</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>정산</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>반납할 금액</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0}일 지남</translation>
    </message>
    <message>
        <source>{0} days left</source>
        <translation>{0}일 남음</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>정산 중</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>미개시</translation>
    </message>
    <message>
        <source>Overdue settlements ({0})</source>
        <translation>정산 기한 지남 ({0}건)</translation>
    </message>
    <message>
        <source>Due within {0} days ({1})</source>
        <translation>정산 기한 {0}일 이내 ({1}건)</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Dashboard</source>
        <translation>현황판</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <source>Save goals as Excel…</source>
        <translation>목표 실적 엑셀로 저장…</translation>
    </message>
    <message>
        <source>Enterprise operation rate</source>
        <translation>사회적경제기업 운영률</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>인재양성 (연간)</translation>
    </message>
    <message>
        <source>Counts course completions in the year</source>
        <translation>해당 연도 교육 수료 인원 기준</translation>
    </message>
    <message>
        <source>Budget executed</source>
        <translation>예산 집행</translation>
    </message>
    <message>
        <source>Public procurement</source>
        <translation>공공구매</translation>
    </message>
    <message>
        <source>People trained over the term</source>
        <translation>인재양성 누적 (전체 기간)</translation>
    </message>
    <message>
        <source>Counts distinct people</source>
        <translation>실인원 기준</translation>
    </message>
    <message>
        <source>Office occupancy</source>
        <translation>사무공간 입주율</translation>
    </message>
    <message>
        <source>Consulting hours by field</source>
        <translation>분야별 컨설팅 시간</translation>
    </message>
    <message>
        <source>Year {0}</source>
        <translation>{0}년</translation>
    </message>
    <message>
        <source>Whole term ({0}–{1})</source>
        <translation>전체 기간 ({0}~{1})</translation>
    </message>
    <message>
        <source>{0} / {1} operating</source>
        <translation>{0} / {1} 운영</translation>
    </message>
    <message>
        <source>Counts course completions in {0}</source>
        <translation>{0}년 교육 수료 인원 기준</translation>
    </message>
    <message>
        <source>Counts course completions over the term</source>
        <translation>전체 기간 교육 수료 인원 기준</translation>
    </message>
    <message>
        <source>City {0}
District {1}</source>
        <translation>시비 {0}
구비 {1}</translation>
    </message>
    <message>
        <source>Counts distinct people over the term {0}–{1}</source>
        <translation>{0}~{1}년 수료 실인원 기준</translation>
    </message>
    <message>
        <source>Today: {0} of {1} seats taken ({2})</source>
        <translation>오늘: {1}석 중 {0}석 입주 ({2})</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} seats</source>
        <translation>{0}: {2}석 중 {1}석</translation>
    </message>
    <message>
        <source>Seats taken on the first day of each month</source>
        <translation>월별 입주율 (매월 1일 기준)</translation>
    </message>
    <message>
        <source>{0} used of the MOU&apos;s {1} ({2})</source>
        <translation>협약 시간 {1} 중 {0} 사용 ({2})</translation>
    </message>
    <message>
        <source>{0} used; no MOU quota for the year</source>
        <translation>{0} 사용 (해당 연도 협약 시간 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenancies on {0}</source>
        <translation>{0} 입주 현황</translation>
    </message>
    <message>
        <source>Goals {0}</source>
        <translation>목표 대비 실적 {0}</translation>
    </message>
    <message>
        <source>Office occupancy {0}</source>
        <translation>사무공간 입주율 {0}</translation>
    </message>
    <message>
        <source>Consulting hours {0}</source>
        <translation>분야별 컨설팅 시간 {0}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표 항목</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>모수</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>비율(%)</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>달성률(%)</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>진도 기준</translation>
    </message>
    <message>
        <source>Budget executed: city</source>
        <translation>예산 집행: 시비</translation>
    </message>
    <message>
        <source>Budget executed: district</source>
        <translation>예산 집행: 구비</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>사용 중인 좌석</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Seats offered</source>
        <translation>제공 좌석</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>MOU quota</source>
        <translation>협약 시간</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>참여자 수정</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>새 참여자</translation>
    </message>
    <message>
        <source>e.g. 금천구청, 가산마을부엌, 금천고등학교</source>
        <translation>예: 금천구청, 가산마을부엌, 금천고등학교</translation>
    </message>
    <message>
        <source>010-1234-5678 (optional)</source>
        <translation>010-1234-5678 (선택)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Enter the participant&apos;s name.</source>
        <translation>참여자 성명을 입력하세요.</translation>
    </message>
    <message>
        <source>Participant {0}</source>
        <translation>참여자: {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>출석 회차</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Pay · {0}</source>
        <translation>지급 · {0}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation>교부</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>A payment cannot be undone. A wrong payment is corrected with Reverse…, which books a reversing entry.</source>
        <translation>지급은 실행 취소할 수 없습니다. 잘못된 지급은 ‘지급 취소…’로 반대 기록을 남겨 바로잡습니다.</translation>
    </message>
    <message>
        <source>Pay {0}</source>
        <translation>{0} 지급</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>쪽을 창 너비에 맞춤</translation>
    </message>
    <message>
        <source>Page {0} / {1}</source>
        <translation>{0} / {1}쪽</translation>
    </message>
</context>
<context>
    <name>PlanDisbursementDialog</name>
    <message>
        <source>Plan tranche · {0}</source>
        <translation>교부 계획 · {0}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>At most {0}: the grant is {1}, of which {2} is planned or paid.</source>
        <translation>최대 {0}(보조금 {1} 중 계획·지급된 금액 {2})</translation>
    </message>
    <message>
        <source>Enter the amount of the tranche.</source>
        <translation>이번 차수의 금액을 입력하세요.</translation>
    </message>
    <message>
        <source>{0} is more than the {1} left in the grant.</source>
        <translation>{0}은(는) 보조금 잔액 {1}보다 많습니다.</translation>
    </message>
    <message>
        <source>Plan a tranche of {0}</source>
        <translation>{0} 교부 계획</translation>
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
    <name>Printing</name>
    <message>
        <source>Printing…</source>
        <translation>인쇄 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ProcurementPage</name>
    <message>
        <source>Procurement</source>
        <translation>공공구매</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>엑셀로 저장…</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>목표 설정…</translation>
    </message>
    <message>
        <source>Only administrators set the targets.</source>
        <translation>목표는 관리자만 정합니다.</translation>
    </message>
    <message>
        <source>Search enterprise, department or evidence</source>
        <translation>기업·부서·증빙 검색</translation>
    </message>
    <message>
        <source>New purchase…</source>
        <translation>새 구매 실적…</translation>
    </message>
    <message>
        <source>Edit purchase…</source>
        <translation>구매 실적 수정…</translation>
    </message>
    <message>
        <source>Remove purchase</source>
        <translation>구매 실적 삭제</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>부서별 실적</translation>
    </message>
    <message>
        <source>Running total by month (% of the year&apos;s target)</source>
        <translation>월별 누계(연간 목표 대비 %)</translation>
    </message>
    <message>
        <source>Share by enterprise kind</source>
        <translation>기업 유형별 비중</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>구매 실적</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Target {0} · bought {1} ({2})</source>
        <translation>목표 {0} · 실적 {1} ({2})</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>전체 부서</translation>
    </message>
    <message>
        <source>Bought by the end of month {0}: {1}</source>
        <translation>{0}월 말까지 구매: {1}</translation>
    </message>
    <message>
        <source>Target of the year: {0}</source>
        <translation>연간 목표: {0}</translation>
    </message>
    <message>
        <source>M{0}</source>
        <translation>{0}월</translation>
    </message>
    <message>
        <source>Remove the purchase from {0} of {1}?</source>
        <translation>{0}의 구매 실적({1})을 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove purchase from {0}</source>
        <translation>구매 실적 삭제: {0}</translation>
    </message>
    <message>
        <source>Public procurement {0}.xlsx</source>
        <translation>{0}년 부서별 공공구매 실적.xlsx</translation>
    </message>
    <message>
        <source>Writing the procurement report…</source>
        <translation>공공구매 실적을 저장하는 중…</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>엑셀로 저장</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Edit program</source>
        <translation>지원사업 수정</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>새 지원사업</translation>
    </message>
    <message>
        <source>Co-payment percent of the total cost for a team&apos;s 1st, 2nd, 3rd … support; the last one holds for every later support.</source>
        <translation>팀의 1회차, 2회차, 3회차 … 지원 때 총사업비 대비 자부담 비율(%). 마지막 비율은 그 뒤 모든 회차에 적용됩니다.</translation>
    </message>
    <message>
        <source>e.g. 재료비, 홍보비, 외주용역비</source>
        <translation>예: 재료비, 홍보비, 외주용역비</translation>
    </message>
    <message>
        <source>e.g. 2026년 사회적경제기업 사업개발비 지원사업</source>
        <translation>예: 2026년 사회적경제기업 사업개발비 지원사업</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>회계연도</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>City budget (won)</source>
        <translation>시비 예산(원)</translation>
    </message>
    <message>
        <source>District budget (won)</source>
        <translation>구비 예산(원)</translation>
    </message>
    <message>
        <source>Cap per team (won)</source>
        <translation>팀당 한도(원)</translation>
    </message>
    <message>
        <source>Co-payment % by support</source>
        <translation>지원 회차별 자부담 비율(%)</translation>
    </message>
    <message>
        <source>Monthly wage cap (won)</source>
        <translation>월 인건비 한도(원)</translation>
    </message>
    <message>
        <source>Eligible expenses</source>
        <translation>지원 가능 비목</translation>
    </message>
    <message>
        <source>Co-payment: enter whole percents separated by commas, e.g. 10, 20, 30.</source>
        <translation>자부담 비율은 정수 %를 쉼표로 구분해 입력하세요(예: 10, 20, 30).</translation>
    </message>
    <message>
        <source>Enter the program&apos;s name.</source>
        <translation>사업명을 입력하세요.</translation>
    </message>
    <message>
        <source>New program {0}</source>
        <translation>지원사업 {0} 등록</translation>
    </message>
    <message>
        <source>Edit program {0}</source>
        <translation>지원사업 {0} 수정</translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>City budget</source>
        <translation>시비 예산</translation>
    </message>
    <message>
        <source>District budget</source>
        <translation>구비 예산</translation>
    </message>
    <message>
        <source>Cap per team</source>
        <translation>팀당 한도</translation>
    </message>
    <message>
        <source>Co-payment</source>
        <translation>자부담 비율</translation>
    </message>
    <message>
        <source>Wage cap / month</source>
        <translation>월 인건비 한도</translation>
    </message>
    <message>
        <source>Eligible expenses</source>
        <translation>지원 가능 비목</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>e.g. 일자리경제과</source>
        <translation>예: 일자리경제과</translation>
    </message>
    <message>
        <source>Edit purchase</source>
        <translation>구매 실적 수정</translation>
    </message>
    <message>
        <source>New purchase</source>
        <translation>새 구매 실적</translation>
    </message>
    <message>
        <source>One of the hub&apos;s teams</source>
        <translation>센터 입주·지원 기업</translation>
    </message>
    <message>
        <source>Another enterprise</source>
        <translation>그 밖의 기업</translation>
    </message>
    <message>
        <source>The enterprise&apos;s name</source>
        <translation>기업명</translation>
    </message>
    <message>
        <source>e.g. 지출결의서 2026-0412, 계약서 사본</source>
        <translation>예: 지출결의서 2026-0412, 계약서 사본</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>구매일</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>센터 기업</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>기업명</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>기업 유형</translation>
    </message>
    <message>
        <source>Goods / services / works</source>
        <translation>물품·용역·공사</translation>
    </message>
    <message>
        <source>Amount (won)</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>Enter the department that bought.</source>
        <translation>구매한 부서를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name.</source>
        <translation>기업명을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>금액을 입력하세요.</translation>
    </message>
    <message>
        <source>Purchase of {0} won</source>
        <translation>구매 실적 {0}원</translation>
    </message>
</context>
<context>
    <name>PurchaseModel</name>
    <message>
        <source>Date</source>
        <translation>구매일</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>기업 유형</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
</context>
<context>
    <name>QuotaChart</name>
    <message>
        <source>No MOU</source>
        <translation>업무협약 없음</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0}시간</translation>
    </message>
</context>
<context>
    <name>QuotaLegend</name>
    <message>
        <source>Used</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>잔여</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Disbursement</source>
        <translation>교부</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RejectDisbursementDialog</name>
    <message>
        <source>Reject request · {0}</source>
        <translation>교부 요청 반려 · {0}</translation>
    </message>
    <message>
        <source>The requester sees the reason in the note.</source>
        <translation>요청한 직원은 메모에서 반려 사유를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Reject {0}</source>
        <translation>{0} 교부 요청 반려</translation>
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
    <name>ReverseDialog</name>
    <message>
        <source>Reverse payment · {0}</source>
        <translation>지급 취소 · {0}</translation>
    </message>
    <message>
        <source>A paid disbursement is never deleted: a reversing entry of {0} is requested, then approved by another staff member and booked like any payment.</source>
        <translation>지급한 교부 내역은 삭제하지 않습니다. {0}의 반대 기록(지급 취소)을 요청하면 다른 직원이 승인한 뒤 일반 지급과 같이 처리합니다.</translation>
    </message>
    <message>
        <source>Request the reversal</source>
        <translation>지급 취소 요청</translation>
    </message>
    <message>
        <source>Reverse {0}</source>
        <translation>{0} 지급 취소</translation>
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
    <name>SamplePreviewDialog</name>
    <message>
        <source>Sample agreement {0}</source>
        <translation>견본 협약서 {0}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Change session</source>
        <translation>컨설팅 변경</translation>
    </message>
    <message>
        <source>Schedule session</source>
        <translation>컨설팅 일정 등록</translation>
    </message>
    <message>
        <source>Book it beyond the yearly quota</source>
        <translation>연간 한도를 넘어도 예약</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>e.g. Hub meeting room 2, or the video link</source>
        <translation>예: 허브 회의실 2 또는 화상회의 링크</translation>
    </message>
    <message>
        <source>What the team wants advice on</source>
        <translation>팀이 자문받고 싶은 내용</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
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
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Choose a consultant.</source>
        <translation>컨설턴트를 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the topic.</source>
        <translation>주제를 입력하세요.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} quota hours booked; with this session {3}.</source>
        <translation>{0}년: 한도 {2}시간 중 {1}시간 예약, 이번 컨설팅을 더하면 {3}시간입니다.</translation>
    </message>
    <message>
        <source>This goes over the yearly quota by {0} h.</source>
        <translation>연간 한도를 {0}시간 넘습니다.</translation>
    </message>
    <message>
        <source>Schedule {0} with {1}</source>
        <translation>{0} 컨설팅 일정 등록({1})</translation>
    </message>
    <message>
        <source>Change session of {0}</source>
        <translation>{0} 컨설팅 변경</translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>외 {0}건</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>기업·팀</translation>
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
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>자문 내용</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>만족도</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>취소 사유</translation>
    </message>
</context>
<context>
    <name>SessionInfoDialog</name>
    <message>
        <source>Session {0}</source>
        <translation>컨설팅 {0}</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Session</source>
        <translation>컨설팅</translation>
    </message>
    <message>
        <source>Click a session in the calendar or the list.</source>
        <translation>달력이나 목록에서 컨설팅을 누르세요.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>완료…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>취소…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Back to scheduled; the outcome is cleared</source>
        <translation>예정 상태로 되돌리고 결과 기록을 지웁니다</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
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
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>SettlementLabels</name>
    <message>
        <source>Open</source>
        <translation>정산 중</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>보고서 제출</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>정산 완료</translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <source>Open settlement</source>
        <translation>정산 시작</translation>
    </message>
    <message>
        <source>Add expense…</source>
        <translation>지출 추가…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>인정</translation>
    </message>
    <message>
        <source>Approve part…</source>
        <translation>일부 인정…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>불인정…</translation>
    </message>
    <message>
        <source>Close settlement…</source>
        <translation>정산 완료…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>비목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>지출일</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>인정액</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>심사 결과</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>Choose an agreement to see its settlement.</source>
        <translation>협약을 선택하면 정산 내역이 나타납니다.</translation>
    </message>
    <message>
        <source>Settled on {0}; {1} returned.</source>
        <translation>{0} 정산 완료, 반납액 {1}.</translation>
    </message>
    <message>
        <source>No settlement: the agreement is {0}.</source>
        <translation>정산 대상이 아닙니다(협약 상태: {0}).</translation>
    </message>
    <message>
        <source>due {0}, overdue by {1} days</source>
        <translation>기한 {0}, {1}일 지남</translation>
    </message>
    <message>
        <source>due {0}, {1} days left</source>
        <translation>기한 {0}, {1}일 남음</translation>
    </message>
    <message>
        <source>Settlement {0}.</source>
        <translation>정산 {0}.</translation>
    </message>
    <message>
        <source>Settlement not opened yet; {0}.</source>
        <translation>정산을 아직 시작하지 않았습니다. 정산 {0}.</translation>
    </message>
    <message>
        <source>returned {0}</source>
        <translation>반납액 {0}</translation>
    </message>
    <message numerus="yes">
        <source>owed back so far {0}; %n expense(s) still undecided</source>
        <translation>
            <numerusform>현재까지 반납할 금액 {0} · 심사 전 지출 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>owed back {0}</source>
        <translation>반납할 금액 {0}</translation>
    </message>
    <message>
        <source>Paid {0} · approved spending {1} · unspent {2} · {3}</source>
        <translation>지급액 {0} · 인정 집행액 {1} · 집행 잔액 {2} · {3}</translation>
    </message>
    <message>
        <source>Only an agreement in progress or due for settlement is settled.</source>
        <translation>사업 진행 중이거나 정산 대기인 협약만 정산할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open the settlement of {0}</source>
        <translation>{0} 정산 시작</translation>
    </message>
    <message>
        <source>Approve {0}</source>
        <translation>{0} 지출 인정</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Open the calendar of a date field</source>
        <translation>날짜 칸의 달력 열기</translation>
    </message>
    <message>
        <source>A day earlier or later in a date field</source>
        <translation>날짜 칸에서 하루 앞·뒤로</translation>
    </message>
    <message>
        <source>Next field; its text is selected to type over</source>
        <translation>다음 칸으로(내용이 선택되어 바로 고쳐 쓸 수 있음)</translation>
    </message>
    <message>
        <source>Open or edit the chosen row of a list</source>
        <translation>목록에서 고른 행 열기·수정</translation>
    </message>
    <message>
        <source>Close a dialog (it asks first when something was typed)</source>
        <translation>대화상자 닫기(입력한 내용이 있으면 먼저 묻습니다)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Fields and lists</source>
        <translation>입력 칸과 목록</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign agreement</source>
        <translation>협약 체결</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>체결일</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>협약 체결</translation>
    </message>
    <message>
        <source>Sign {0}</source>
        <translation>{0} 협약 체결</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to HubDesk</source>
        <translation>HubDesk 로그인</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
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
        <source>On</source>
        <translation>기준일</translation>
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
    <name>StartFrame</name>
    <message>
        <source>Opening {0}…</source>
        <translation>여는 중: {0}…</translation>
    </message>
    <message>
        <source>a demo database</source>
        <translation>데모 데이터베이스</translation>
    </message>
</context>
<context>
    <name>TableXlsx</name>
    <message>
        <source>Save as Excel</source>
        <translation>엑셀로 저장</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Department target</source>
        <translation>부서별 목표</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Target (won)</source>
        <translation>목표액(원)</translation>
    </message>
    <message>
        <source>Choose the next year to enter the plan&apos;s target.</source>
        <translation>차년도 계획 목표는 다음 연도를 골라 입력합니다.</translation>
    </message>
    <message>
        <source>Enter the department.</source>
        <translation>부서를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation>목표액을 입력하세요.</translation>
    </message>
    <message>
        <source>Target of {0} for {1}</source>
        <translation>{1}년 {0} 목표</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Yearly targets {0}–{1}</source>
        <translation>연도별 목표 {0}–{1}</translation>
    </message>
    <message>
        <source>Type the rate in percent (78), people as a count (1,200) and money as an office writes it (4억 1,700만). The term&apos;s people are counted on its last year. An empty cell has no target.</source>
        <translation>운영률은 %(78), 인원은 명(1,200), 금액은 원(4억 1,700만)으로 입력합니다. 계획 기간 누적 인원은 마지막 연도에 입력합니다. 빈칸은 목표가 없다는 뜻입니다.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>명</translation>
    </message>
    <message>
        <source>won</source>
        <translation>원</translation>
    </message>
    <message>
        <source>The term&apos;s people are counted on its last year.</source>
        <translation>계획 기간 누적 인원은 마지막 연도에 입력합니다.</translation>
    </message>
    <message>
        <source>The sum of the departments&apos; targets: change them on Procurement.</source>
        <translation>부서별 목표의 합계입니다. 공공구매 화면에서 고칩니다.</translation>
    </message>
    <message>
        <source>{0}, {1}: not a number HubDesk can read.</source>
        <translation>{0}, {1}년: 읽을 수 없는 숫자입니다.</translation>
    </message>
    <message>
        <source>Yearly targets ({0} changed)</source>
        <translation>연도별 목표 {0}건 변경</translation>
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
        <source>Not known</source>
        <translation>모름</translation>
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
        <source>At most {0} characters (now {1}).</source>
        <translation>{0}자까지 입력할 수 있습니다(지금 {1}자).</translation>
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
    <message>
        <source>Choose a team from the list.</source>
        <translation>목록에서 팀을 선택하세요.</translation>
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
    <name>TenancyState</name>
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
<context>
    <name>TrainingLabels</name>
    <message>
        <source>Applied</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>참석</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>수료</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>미수료</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>인재양성</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>전체 구분</translation>
    </message>
    <message>
        <source>Search title, place or partner</source>
        <translation>과정명·장소·협력기관 검색</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>새 교육과정…</translation>
    </message>
    <message>
        <source>Edit course…</source>
        <translation>교육과정 수정…</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>교육과정 삭제</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>참여자 추가…</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>참여자 수정…</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>참여자 삭제</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>출석 입력…</translation>
    </message>
    <message>
        <source>Judge completion</source>
        <translation>수료 판정</translation>
    </message>
    <message>
        <source>Mark each participant completed or not by the course&apos;s rule</source>
        <translation>과정의 수료 기준에 따라 참여자마다 수료·미수료를 판정합니다</translation>
    </message>
    <message>
        <source>Copy list (names masked)</source>
        <translation>명단 복사(성명 가림)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>전체 연도</translation>
    </message>
    <message>
        <source>{0} courses · {1} participants · {2} completed</source>
        <translation>교육과정 {0}개 · 참여 {1}명 · 수료 {2}명</translation>
    </message>
    <message>
        <source>Choose a course to see its participants.</source>
        <translation>교육과정을 고르면 참여자가 보입니다.</translation>
    </message>
    <message>
        <source>{0}: headcount only, no participant list ({1} participants, {2} completed).</source>
        <translation>{0}: 인원만 집계하는 과정입니다(참여 {1}명, 수료 {2}명). 참여자 명단이 없습니다.</translation>
    </message>
    <message>
        <source>{0}: {1} sessions; completed with {2}% of them.</source>
        <translation>{0}: 총 {1}회차, {2}% 이상 출석하면 수료</translation>
    </message>
    <message>
        <source>Remove the course {0}?</source>
        <translation>&apos;{0}&apos; 교육과정을 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove course {0}</source>
        <translation>교육과정 삭제: {0}</translation>
    </message>
    <message>
        <source>Remove {0} from the course?</source>
        <translation>{0} 님을 과정에서 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove participant {0}</source>
        <translation>참여자 삭제: {0}</translation>
    </message>
    <message>
        <source>Judge completion of {0}</source>
        <translation>수료 판정: {0}</translation>
    </message>
</context>
<context>
    <name>WageLines</name>
    <message>
        <source>Employee</source>
        <translation>지원 인력</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>내역 추가</translation>
    </message>
    <message>
        <source>Gross wage</source>
        <translation>급여 총액</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>지원액</translation>
    </message>
    <message>
        <source>Requested as</source>
        <translation>교부 요청</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Request wages for {0}</source>
        <translation>{0} 인건비 교부 요청</translation>
    </message>
    <message>
        <source>Every line of this month is requested already, or there is none.</source>
        <translation>이달 인건비 내역이 없거나 모두 교부 요청되었습니다.</translation>
    </message>
    <message>
        <source>Monthly cap: {0}</source>
        <translation>월 한도: {0}</translation>
    </message>
    <message>
        <source>Add the wage line of {0} for {1}</source>
        <translation>{1} {0} 인건비 내역 추가</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Too many sessions to tell apart: choose a consultant or a team above.</source>
        <translation>컨설팅이 너무 많아 구분하기 어렵습니다. 위에서 컨설턴트나 팀을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>WonEdit</name>
    <message>
        <source>Type the amount: 3000000, 3,000,000원, 300만 or 1억 2,000만.</source>
        <translation>금액을 입력하세요: 3000000, 3,000,000원, 300만, 1억 2,000만</translation>
    </message>
</context>
</TS>
