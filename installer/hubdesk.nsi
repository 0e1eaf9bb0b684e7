; HubDesk's Windows installer (NSIS 3, Modern UI 2, Korean and English).
;
; Built by installer/build.py, which passes the package version and the bundle:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DFILE_VERSION=0.1.0.0
;            -DBUNDLE=dist\HubDesk -DOUTFILE=dist\HubDesk-0.1.0-setup.exe
;            -DAPP_EXE=HubDesk.exe -DCLI_EXE=hubdesk-cli.exe [-DICON=hubdesk.ico] hubdesk.nsi
;
; - Per user, without administrator rights: %LOCALAPPDATA%\Programs\HubDesk, shortcuts
;   and the Apps list entry in the user's own profile and registry (HKCU).
; - For all users (Program Files, HKLM) only when the installer runs as administrator;
;   it then asks which. Silent: /S, with /AllUsers or /CurrentUser, /D=folder last.
; - An upgrade removes the installed version first (its own uninstaller, silently), and
;   is refused while HubDesk runs or has a file open: the file's lock file
;   (<file>.lock, hubdesk/storage/lock.py) names the PC and the process.
; - The uninstaller removes the program only; the data files and their backups stay,
;   and it says where they are.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION | FILE_VERSION | BUNDLE | OUTFILE | APP_EXE | CLI_EXE
  !error "VERSION, FILE_VERSION, BUNDLE, OUTFILE, APP_EXE and CLI_EXE come from installer/build.py"
!endif

; Signing (README, "Building and releasing the installer"): with HUBDESK_SIGN_CMD set, build.py signs both programs
; and passes the command here, which signs the uninstaller and the installer it writes.
!ifdef SIGN_CMD
  !finalize '${SIGN_CMD} "%1"' = 0
  !uninstfinalize '${SIGN_CMD} "%1"' = 0
!endif

!define PRODUCT "HubDesk"
!define PUBLISHER "HubDesk"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\HubDesk"
; platformdirs.user_data_path("HubDesk", "HubDesk") and the file HubDesk opens by default
!define DATA_FOLDER "HubDesk\HubDesk"
!define DATA_FILE "hubdesk.sqlite"
!define BACKUP_FOLDER "hubdesk-backups"
; QSettings("HubDesk", "HubDesk"): "files/last" is the file HubDesk opened last
!define SETTINGS_FILES_KEY "Software\HubDesk\HubDesk\files"
!define STILL_ACTIVE 259

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include x64.nsh

Var Mode            ; CurrentUser or AllUsers
Var IsAdmin         ; 1 when the process runs with administrator rights
Var ChosenDir       ; /D= from the command line, kept over a change of mode
Var RadioCurrentUser
Var RadioAllUsers
Var DataDir         ; this user's data folder, shown by the uninstaller

; --- pages --------------------------------------------------------------------------

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
Page custom ModePage ModePageLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchHubDesk
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UnConfirmTop)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UnDataKept)"
!insertmacro MUI_UNPAGE_FINISH

; Korean first: the language Windows runs in is chosen, else Korean.
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "English"

; --- texts --------------------------------------------------------------------------

LangString ModeTitle ${LANG_KOREAN} "설치 대상"
LangString ModeTitle ${LANG_ENGLISH} "Who uses HubDesk"
LangString ModeSubtitle ${LANG_KOREAN} "이 PC의 누가 HubDesk를 쓸지 고르세요."
LangString ModeSubtitle ${LANG_ENGLISH} "Choose who on this PC gets HubDesk."
LangString ModeText ${LANG_KOREAN} "관리자 권한으로 실행했으므로 모든 사용자용으로도 설치할 수 있습니다. 데이터 파일은 어느 쪽이든 사용자마다 따로 둡니다."
LangString ModeText ${LANG_ENGLISH} "The installer runs as administrator, so it can install for all users too. Either way, each user keeps their own data file."
LangString ModeCurrentUser ${LANG_KOREAN} "나만 사용 (관리자 권한 필요 없음, %LOCALAPPDATA%\Programs\HubDesk)"
LangString ModeCurrentUser ${LANG_ENGLISH} "Only me (no administrator needed, %LOCALAPPDATA%\Programs\HubDesk)"
LangString ModeAllUsers ${LANG_KOREAN} "이 PC의 모든 사용자 ($PROGRAMFILES64\HubDesk)"
LangString ModeAllUsers ${LANG_ENGLISH} "Everyone on this PC ($PROGRAMFILES64\HubDesk)"
LangString SecProgram ${LANG_KOREAN} "HubDesk (시작 메뉴 바로 가기 포함)"
LangString SecProgram ${LANG_ENGLISH} "HubDesk (with its Start menu shortcut)"
LangString SecDesktop ${LANG_KOREAN} "바탕 화면 바로 가기"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString Needs64Bit ${LANG_KOREAN} "HubDesk는 64비트 Windows에서만 실행됩니다."
LangString Needs64Bit ${LANG_ENGLISH} "HubDesk runs on 64-bit Windows only."
LangString AllUsersNeedsAdmin ${LANG_KOREAN} "모든 사용자용 설치(/AllUsers)는 관리자 권한으로 실행해야 합니다."
LangString AllUsersNeedsAdmin ${LANG_ENGLISH} "Installing for all users (/AllUsers) needs the installer run as administrator."
LangString FileOpen ${LANG_KOREAN} "HubDesk가 파일을 열어 두고 있습니다:$\r$\n$R8$\r$\n$\r$\nHubDesk를 닫은 다음 [다시 시도]를 누르세요."
LangString FileOpen ${LANG_ENGLISH} "HubDesk has a file open:$\r$\n$R8$\r$\n$\r$\nClose HubDesk, then choose Retry."
LangString ProgramRunning ${LANG_KOREAN} "HubDesk가 실행 중입니다($R8).$\r$\n$\r$\nHubDesk를 닫은 다음 [다시 시도]를 누르세요."
LangString ProgramRunning ${LANG_ENGLISH} "HubDesk is running ($R8).$\r$\n$\r$\nClose HubDesk, then choose Retry."
LangString RemovingPrevious ${LANG_KOREAN} "이전 버전 $R1을(를) 지웁니다: $R0"
LangString RemovingPrevious ${LANG_ENGLISH} "Removing the previous version $R1: $R0"
LangString RemovalFailed ${LANG_KOREAN} "이전 버전을 지우지 못했습니다(종료 코드 $R2). 설치를 멈춥니다. 데이터 파일은 그대로입니다."
LangString RemovalFailed ${LANG_ENGLISH} "The previous version could not be removed (exit code $R2). Nothing was installed; the data files are untouched."
LangString UnConfirmTop ${LANG_KOREAN} "HubDesk 프로그램만 지웁니다. 데이터 파일과 백업은 지우지 않습니다."
LangString UnConfirmTop ${LANG_ENGLISH} "Only the HubDesk program is removed. The data files and their backups stay."
LangString UnDataKept ${LANG_KOREAN} "HubDesk를 지웠습니다. 데이터 파일과 백업은 그대로 남아 있습니다:$\r$\n$\r$\n$DataDir\${DATA_FILE}$\r$\n$DataDir\${BACKUP_FOLDER}\$\r$\n$\r$\n다른 위치의 파일을 썼다면 그 파일과 옆의 <이름>-backups 폴더도 그대로입니다. 다시 설치하면 그대로 열립니다."
LangString UnDataKept ${LANG_ENGLISH} "HubDesk has been removed. The data files and their backups are still there:$\r$\n$\r$\n$DataDir\${DATA_FILE}$\r$\n$DataDir\${BACKUP_FOLDER}\$\r$\n$\r$\nA file kept elsewhere stays too, with its <name>-backups folder beside it. Installing HubDesk again opens them as before."
LangString UnNeedsAdmin ${LANG_KOREAN} "모든 사용자용으로 설치된 HubDesk는 관리자 권한으로 지워야 합니다. uninstall.exe를 마우스 오른쪽 단추로 눌러 [관리자 권한으로 실행]을 고르세요."
LangString UnNeedsAdmin ${LANG_ENGLISH} "HubDesk was installed for all users: remove it as administrator (right-click uninstall.exe, Run as administrator)."

VIProductVersion "${FILE_VERSION}"
VIFileVersion "${FILE_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "© ${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_KOREAN} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_KOREAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_KOREAN} "FileDescription" "${PRODUCT} ${VERSION} 설치 프로그램"
VIAddVersionKey /LANG=${LANG_KOREAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_KOREAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_KOREAN} "LegalCopyright" "© ${PUBLISHER}"

; --- is HubDesk running, or has it a file open? (installer and uninstaller alike) ---

!macro SHARED_FUNCTIONS UN

; $R1: text, $R2: what to find → $R3: the text after it, or "" when it is not there.
Function ${UN}TextAfter
  StrLen $R4 $R2
  StrCpy $R5 0
  ${Do}
    StrCpy $R6 $R1 $R4 $R5
    ${If} $R6 == ""
      StrCpy $R3 ""
      Return
    ${EndIf}
    ${If} $R6 == $R2
      IntOp $R5 $R5 + $R4
      StrCpy $R3 $R1 "" $R5
      Return
    ${EndIf}
    IntOp $R5 $R5 + 1
  ${Loop}
FunctionEnd

; $R1: text starting with a JSON string's characters → $R3: up to the closing quote.
Function ${UN}UpToQuote
  StrCpy $R5 0
  ${Do}
    StrCpy $R6 $R1 1 $R5
    ${If} $R6 == '"'
    ${OrIf} $R6 == ""
      ${ExitDo}
    ${EndIf}
    IntOp $R5 $R5 + 1
  ${Loop}
  StrCpy $R3 $R1 $R5
FunctionEnd

; $R7: a process id of this PC → $R8: its program's path when it runs HubDesk
; ("HubDesk" when it runs but cannot be looked into), else "".
Function ${UN}HubDeskProcess
  StrCpy $R8 ""
  System::Call 'kernel32::OpenProcess(i 0x1000, i 0, i R7) p .R4 ?e'
  Pop $R5
  ${If} $R4 P= 0
    ${If} $R5 = 5  ; access denied: it runs, as another user
      StrCpy $R8 "HubDesk"
    ${EndIf}
    Return
  ${EndIf}
  System::Call 'kernel32::GetExitCodeProcess(p R4, *i .R5)'
  StrCpy $R6 ""
  System::Call 'kernel32::QueryFullProcessImageNameW(p R4, i 0, w .R6, *i ${NSIS_MAX_STRLEN})'
  System::Call 'kernel32::CloseHandle(p R4)'
  ${If} $R5 != ${STILL_ACTIVE}
    Return
  ${EndIf}
  ${ForEach} $R7 1 2 + 1  ; the windowed program, then the command line
    ${If} $R7 = 1
      StrCpy $R5 "\${APP_EXE}"
    ${Else}
      StrCpy $R5 "\${CLI_EXE}"
    ${EndIf}
    StrLen $R4 $R5
    IntOp $R4 0 - $R4
    StrCpy $R3 $R6 "" $R4  ; the path's last characters
    ${If} $R3 == $R5
      StrCpy $R8 $R6
    ${EndIf}
  ${Next}
FunctionEnd

; $R9: a HubDesk file → $R8: the file when a HubDesk of this PC holds its lock, else "".
; The lock is one line of JSON: {"user": …, "host": "PC", "pid": 1234, …}.
Function ${UN}LockHolder
  StrCpy $R8 ""
  ClearErrors
  FileOpen $R0 "$R9.lock" r
  ${If} ${Errors}
    Return
  ${EndIf}
  FileRead $R0 $R1
  FileClose $R0
  StrCpy $R2 '"host": "'
  Call ${UN}TextAfter
  StrCpy $R1 $R3
  Call ${UN}UpToQuote
  StrCpy $R0 $R3  ; the lock's PC
  StrCpy $R6 ""
  System::Call 'kernel32::GetComputerNameExW(i 1, w .R6, *i ${NSIS_MAX_STRLEN})'
  ${If} $R0 != $R6  ; another PC has it: this PC's program is free to change
    Return
  ${EndIf}
  FileOpen $R0 "$R9.lock" r
  FileRead $R0 $R1
  FileClose $R0
  StrCpy $R2 '"pid": '
  Call ${UN}TextAfter
  IntOp $R7 $R3 + 0
  ${If} $R7 <= 0
    Return
  ${EndIf}
  Call ${UN}HubDeskProcess
  ${If} $R8 != ""
    StrCpy $R8 $R9
  ${EndIf}
FunctionEnd

; $INSTDIR's programs: a running program cannot be opened for writing.
Function ${UN}ProgramInUse
  StrCpy $R8 ""
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    ClearErrors
    FileOpen $R0 "$INSTDIR\${APP_EXE}" a
    ${If} ${Errors}
      StrCpy $R8 "$INSTDIR\${APP_EXE}"
    ${Else}
      FileClose $R0
    ${EndIf}
  ${EndIf}
FunctionEnd

; Refuse (with Retry) while HubDesk has the default or the last file open, or runs.
Function ${UN}RefuseWhileOpen
  ${Do}
    SetShellVarContext current  ; the data and QSettings are the user's own
    StrCpy $R9 "$LOCALAPPDATA\${DATA_FOLDER}\${DATA_FILE}"
    Call ${UN}LockHolder
    ${If} $R8 == ""
      ReadRegStr $R9 HKCU "${SETTINGS_FILES_KEY}" "last"
      ${If} $R9 != ""
        Call ${UN}LockHolder
      ${EndIf}
    ${EndIf}
    Call ${UN}UseModeContext
    ${If} $R8 != ""
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(FileOpen)" /SD IDCANCEL IDRETRY retry_lock
      SetErrorLevel 3
      Quit
      retry_lock:
      ${Continue}
    ${EndIf}
    Call ${UN}ProgramInUse
    ${If} $R8 != ""
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(ProgramRunning)" /SD IDCANCEL IDRETRY retry_program
      SetErrorLevel 3
      Quit
      retry_program:
      ${Continue}
    ${EndIf}
    ${ExitDo}
  ${Loop}
FunctionEnd

; $IsAdmin: 1 when this process runs elevated. UserInfo alone may count an administrator
; whose UAC token is not elevated; IsUserAnAdmin answers for the token itself.
Function ${UN}CheckAdmin
  StrCpy $IsAdmin 0
  UserInfo::GetAccountType
  Pop $R0
  System::Call 'shell32::IsUserAnAdmin() i .R1'
  ${If} $R0 == "Admin"
  ${AndIf} $R1 <> 0
    StrCpy $IsAdmin 1
  ${EndIf}
FunctionEnd

Function ${UN}UseModeContext
  ${If} $Mode == "AllUsers"
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

!macroend

!insertmacro SHARED_FUNCTIONS ""
!insertmacro SHARED_FUNCTIONS "un."

; --- install mode -------------------------------------------------------------------

; $Mode → the shell context (shortcuts, SHCTX = HKCU or HKLM) and the default folder,
; which is the installed version's folder when there is one.
Function ApplyMode
  Call UseModeContext
  ReadRegStr $0 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $ChosenDir != ""
    StrCpy $INSTDIR $ChosenDir
  ${ElseIf} $0 != ""
    StrCpy $INSTDIR $0
  ${ElseIf} $Mode == "AllUsers"
    StrCpy $INSTDIR "$PROGRAMFILES64\${PRODUCT}"
  ${Else}
    StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${PRODUCT}"
  ${EndIf}
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
  StrCpy $ChosenDir $INSTDIR  ; set only by /D=
  Call CheckAdmin
  ; Per user unless an administrator's run finds an all-users install, or is told so.
  StrCpy $Mode "CurrentUser"
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $IsAdmin == 1
  ${AndIf} $0 != ""
    StrCpy $Mode "AllUsers"
  ${EndIf}
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/CurrentUser" $2
  ${IfNot} ${Errors}
    StrCpy $Mode "CurrentUser"
  ${EndIf}
  ClearErrors
  ${GetOptions} $1 "/AllUsers" $2
  ${IfNot} ${Errors}
    ${If} $IsAdmin != 1
      MessageBox MB_OK|MB_ICONSTOP "$(AllUsersNeedsAdmin)" /SD IDOK
      Abort
    ${EndIf}
    StrCpy $Mode "AllUsers"
  ${EndIf}
  Call ApplyMode
  Call RefuseWhileOpen
FunctionEnd

Function ModePage
  ${If} $IsAdmin != 1
    Abort  ; skip the page: a user without administrator rights installs for themselves
  ${EndIf}
  !insertmacro MUI_HEADER_TEXT "$(ModeTitle)" "$(ModeSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 30u "$(ModeText)"
  Pop $0
  ${NSD_CreateRadioButton} 10u 40u -10u 14u "$(ModeCurrentUser)"
  Pop $RadioCurrentUser
  ${NSD_CreateRadioButton} 10u 60u -10u 14u "$(ModeAllUsers)"
  Pop $RadioAllUsers
  ${If} $Mode == "AllUsers"
    ${NSD_Check} $RadioAllUsers
  ${Else}
    ${NSD_Check} $RadioCurrentUser
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ModePageLeave
  ${NSD_GetState} $RadioAllUsers $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $Mode "AllUsers"
  ${Else}
    StrCpy $Mode "CurrentUser"
  ${EndIf}
  Call ApplyMode
FunctionEnd

; --- upgrade ------------------------------------------------------------------------

; Remove the installed version (same mode) with its own uninstaller, silently and in
; place (_?=), which keeps the data as every uninstall does.
Function RemovePrevious
  ReadRegStr $R0 SHCTX "${UNINST_KEY}" "InstallLocation"
  ReadRegStr $R1 SHCTX "${UNINST_KEY}" "DisplayVersion"
  ${If} $R0 == ""
  ${OrIfNot} ${FileExists} "$R0\${UNINSTALLER}"
    StrCpy $R0 $INSTDIR
  ${EndIf}
  ${IfNot} ${FileExists} "$R0\${UNINSTALLER}"
    Return
  ${EndIf}
  DetailPrint "$(RemovingPrevious)"
  ClearErrors
  ExecWait '"$R0\${UNINSTALLER}" /S /Upgrade _?=$R0' $R2
  ${If} ${Errors}
  ${OrIf} $R2 != 0
    MessageBox MB_OK|MB_ICONSTOP "$(RemovalFailed)" /SD IDOK
    Abort
  ${EndIf}
  Delete "$R0\${UNINSTALLER}"
  RMDir "$R0"
FunctionEnd

; --- install ------------------------------------------------------------------------

Section "$(SecProgram)" SecProgram
  SectionIn RO
  Call RefuseWhileOpen  ; HubDesk may have been started since the installer was
  Call RemovePrevious
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortCut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

; The installer may run as administrator: start HubDesk through Explorer, as the user.
Function LaunchHubDesk
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
FunctionEnd

; --- uninstall ----------------------------------------------------------------------

; The mode is the one whose Apps entry points at this folder.
Function un.onInit
  StrCpy $Mode "CurrentUser"
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    StrCpy $Mode "AllUsers"
    Call un.CheckAdmin
    ${If} $IsAdmin != 1
      MessageBox MB_OK|MB_ICONSTOP "$(UnNeedsAdmin)" /SD IDOK
      Abort
    ${EndIf}
  ${EndIf}
  SetShellVarContext current
  StrCpy $DataDir "$LOCALAPPDATA\${DATA_FOLDER}"
  Call un.UseModeContext
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/Upgrade" $2
  ${If} ${Errors}  ; an upgrade was checked by the installer that runs it
    Call un.RefuseWhileOpen
  ${EndIf}
FunctionEnd

; Only what the installer put there: never the folder's other files, never the data.
Section "Uninstall"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DetailPrint "$(UnDataKept)"
SectionEnd
