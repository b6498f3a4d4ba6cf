; Inno Setup 6 script: per-user installer of the Tokyo Desk bundle (dist\tokyo-desk\).
; Saved as UTF-8 with a byte order mark: Inno Setup reads the French messages correctly only then.
;
; Built by packaging\build_bundle.py --installer on Windows, which passes the version from
; tokyo_desk\__init__.py (the one place it is defined) and the folders:
;
;   ISCC /DAppVersion=X.Y.Z /DAppVersionNumeric=X.Y.Z.0 /DSourceDir=...\dist\tokyo-desk
;        /DOutputDir=...\dist /DIconFile=...\resources\icons\tokyo-desk.ico tokyo-desk.iss
;
; Installs for the current user without administrator rights (IT staff can deploy for all
; users with /ALLUSERS), adds a Start menu entry, checks the installation with
; "tokyo-desk-cli.exe --self-test", and has an uninstaller that keeps the officers' encrypted
; profiles unless asked (a question, or /DELETEPROFILES on a silent uninstall).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging\build_bundle.py --installer does)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\tokyo-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\tokyo-desk.ico"
#endif

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{02F6D129-27F9-483F-B084-A3097D087D63}
AppName=Tokyo Desk
AppVersion={#AppVersion}
AppVerName=Tokyo Desk {#AppVersion}
AppPublisher=The Tokyo Desk project
VersionInfoVersion={#AppVersionNumeric}
DefaultDirName={autopf}\Tokyo Desk
DefaultGroupName=Tokyo Desk
DisableProgramGroupPage=yes
; Per user by default; /ALLUSERS (or the dialog) for a machine-wide install by IT staff.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=tokyo-desk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\tokyo-desk.exe
UninstallDisplayName=Tokyo Desk
; Smallest download for slow links.
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.SelfTestFailed=Tokyo Desk was installed, but its self-test did not pass (exit code %1). Run "%2" --self-test in a command prompt to see why, and tell your head-office support.
fr.SelfTestFailed=Tokyo Desk a été installé, mais son autotest a échoué (code %1). Exécutez "%2" --self-test dans une invite de commandes pour en voir la raison, et prévenez l'assistance du siège.
en.CheckingInstallation=Checking the installation…
fr.CheckingInstallation=Vérification de l'installation…
en.DeleteProfiles=Also delete the officer profiles stored on this computer?%n%nThey hold the encrypted case records. Records not yet sent to head office would be lost. Choose No to keep them for a later installation.
fr.DeleteProfiles=Supprimer aussi les profils des agents enregistrés sur cet ordinateur ?%n%nIls contiennent les dossiers chiffrés. Les dossiers pas encore envoyés au siège seraient perdus. Choisissez Non pour les garder pour une prochaine installation.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files completely (never the profiles: they are elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Tokyo Desk"; Filename: "{app}\tokyo-desk.exe"
Name: "{autodesktop}\Tokyo Desk"; Filename: "{app}\tokyo-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\tokyo-desk.exe"; Description: "{cm:LaunchProgram,Tokyo Desk}"; Flags: nowait postinstall skipifsilent

[Code]
// The profiles live in the user's local application data (platformdirs:
// %LOCALAPPDATA%\TokyoDesk\TokyoDesk\profiles, with settings and logs beside them).
function ProfilesRoot(): String;
begin
  Result := ExpandConstant('{localappdata}\TokyoDesk');
end;

function CommandLineHas(Flag: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Flag) = 0 then
      Result := True;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Cli: String;
  ResultCode: Integer;
begin
  if CurStep <> ssPostInstall then
    Exit;
  // The bundle proves itself before anyone relies on it.
  Cli := ExpandConstant('{app}\tokyo-desk-cli.exe');
  WizardForm.StatusLabel.Caption := CustomMessage('CheckingInstallation');
  if not Exec(Cli, '--self-test', '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    ResultCode := -1;
  if ResultCode <> 0 then
    SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode), Cli]),
      mbError, MB_OK, IDOK);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep <> usPostUninstall) or not DirExists(ProfilesRoot()) then
    Exit;
  // Kept unless asked: /DELETEPROFILES on a silent uninstall, or Yes to the question.
  if CommandLineHas('/DELETEPROFILES') or ((not UninstallSilent()) and
     (MsgBox(CustomMessage('DeleteProfiles'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES)) then
    DelTree(ProfilesRoot(), True, True, True);
end;
