; sbdesk – Windows installer (Inno Setup 6.3 or newer). Packs the PyInstaller folder into
; dist\sbdesk-<version>-windows-x64-setup.exe. Normally run by installers\windows\build_windows.ps1:
;
;   iscc /DAppVersion=0.1.0 installers\windows\sbdesk.iss
;   iscc /DAppVersion=0.1.0 /DSign "/Ssbdesksign=signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f" installers\windows\sbdesk.iss
;
; Install modes (PrivilegesRequired=lowest + PrivilegesRequiredOverridesAllowed=dialog commandline):
;   default        per user, no administrator rights: %LOCALAPPDATA%\Programs\sbdesk, the user's Start menu
;   /ALLUSERS      per machine (asks for elevation): C:\Program Files\sbdesk, the common Start menu
;   /CURRENTUSER   per user, without the question (what a double-click offers first)
; Silent deployment (Intune, SCCM/ConfigMgr, PDQ …), exit code 0 on success:
;   sbdesk-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG="%TEMP%\sbdesk-setup.log"
;   sbdesk-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
; Silent removal (the uninstaller's path is in the registry, UninstallString / QuietUninstallString):
;   "%ProgramFiles%\sbdesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   … add /REMOVEUSERDATA to delete the running user's data folder too (otherwise it is always kept)
;
; Documentation followed (https://jrsoftware.org/ishelp/):
;   [Setup] PrivilegesRequired (lowest = non administrative install mode), PrivilegesRequiredOverridesAllowed
;   (dialog also allows commandline: /ALLUSERS, /CURRENTUSER), "Setup Command Line Parameters" and
;   "Uninstaller Command Line Parameters" (/SILENT, /VERYSILENT, /SUPPRESSMSGBOXES, /NORESTART, /LOG),
;   "Constants" ({autopf}/{autoprograms}/{autodesktop} map to the user or common folders by install mode;
;   {localappdata}), [Setup] SignTool and SignedUninstaller, [Files] flag signonce, Pascal Scripting:
;   CurUninstallStepChanged, UninstallSilent, SuppressibleMsgBox, DelTree, RegDeleteKeyIncludingSubkeys.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (build_windows.ps1 reads it from sbdesk.__version__)
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\build\installer\dist\sbdesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifdef Sign
  #define SignFlag " signonce"
#else
  #define SignFlag ""
#endif
; Swedish is an unofficial Inno Setup translation: used when Swedish.isl is in Inno Setup's Languages
; folder or next to this script (https://jrsoftware.org/files/istrans/), otherwise English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
  #define SwedishMessages "compiler:Languages\Swedish.isl"
#elif FileExists(AddBackslash(SourcePath) + "Swedish.isl")
  #define SwedishMessages "Swedish.isl"
#endif

[Setup]
; AppId identifies sbdesk for upgrades and removal: never change it.
AppId={{BA3E43AF-AD96-4DF8-9F33-094C597A8ECF}
AppName=sbdesk
AppVersion={#AppVersion}
AppVerName=sbdesk {#AppVersion}
AppPublisher=sbdesk
AppComments=Samordning av stadigvarande boende för våldsutsatta
AppCopyright=sbdesk – EUPL-1.2; Qt/PySide6 LGPL-3.0
VersionInfoVersion={#NumericVersion}
DefaultDirName={autopf}\sbdesk
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
LicenseFile={#BundleDir}\licenses\LICENSE
SetupIconFile=..\icons\sbdesk.ico
UninstallDisplayIcon={app}\sbdesk-gui.exe
UninstallDisplayName=sbdesk {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=sbdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; Close a running sbdesk (Restart Manager) before files are replaced; do not restart it.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
; Signs Setup and the uninstaller with the Sign Tool named "sbdesksign" (defined with /S on the iscc
; command line or in the IDE: Tools > Configure Sign Tools), and the two programs ([Files] signonce).
SignTool=sbdesksign
SignedUninstaller=yes
#endif

[Languages]
#ifdef SwedishMessages
Name: "swedish"; MessagesFile: "{#SwedishMessages}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
#ifdef SwedishMessages
swedish.RemoveDataQuestion=Vill du också ta bort sbdesk:s data för den här användaren?%n%n%1%n%nMappen innehåller databasen, dess nyckelfil, loggen och – om ingen annan mapp valts i Inställningar – säkerhetskopiorna. Det går inte att ångra.%n%nVälj Nej för att behålla datan (rekommenderas vid uppgradering eller ominstallation).
#endif
english.RemoveDataQuestion=Also delete sbdesk's data for this user?%n%n%1%n%nThe folder holds the database, its key file, the log and – unless another folder was chosen in Settings – the backups. This cannot be undone.%n%nChoose No to keep the data (recommended when upgrading or reinstalling).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole library folder, so no file of an older version is left to be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\sbdesk.exe"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "{#BundleDir}\sbdesk-gui.exe"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
; The rest of the PyInstaller folder: _internal\ (Python, Qt as separate replaceable DLLs, resources)
; and licenses\ (EUPL, third-party notices, LGPL-3.0 + GPL-3.0 texts and the Qt/PySide6 notice).
Source: "{#BundleDir}\*"; Excludes: "\sbdesk.exe,\sbdesk-gui.exe"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start-menu entry starts the windowed program: no console window.
Name: "{autoprograms}\sbdesk"; Filename: "{app}\sbdesk-gui.exe"; WorkingDir: "{app}"; Comment: "Samordning av stadigvarande boende"
Name: "{autodesktop}\sbdesk"; Filename: "{app}\sbdesk-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\sbdesk-gui.exe"; Description: "{cm:LaunchProgram,sbdesk}"; Flags: nowait postinstall skipifsilent

[Code]
// The user's data lives outside the installation, in %LOCALAPPDATA%\sbdesk (platformdirs' user data
// folder: database, .keys file, Logs\, and säkerhetskopior\ unless another backup folder is set).
// Uninstalling keeps it, unless the user answers Yes (default No) or the uninstaller is given
// /REMOVEUSERDATA. A silent uninstall never asks. Only the running user's folder is touched.

function RemoveUserDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEUSERDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\sbdesk');
  if not DirExists(DataDir) then
    Exit;
  Remove := RemoveUserDataRequested();
  if not Remove and not UninstallSilent() then
    Remove := SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataDir]),
                                 mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  if Remove then
  begin
    DelTree(DataDir, True, True, True);
    // Window state only (QSettings, organisation "sbdesk"); nothing personal is kept there.
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\sbdesk');
  end;
end;
