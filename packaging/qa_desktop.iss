; Inno Setup script for QA Desktop on Windows. Needs Inno Setup 7.0.2 or later
; (the first release that ships Languages\ChineseSimplified.isl).
; Normally run by `python packaging\build.py` after the bundle is built, which passes
; the version and the generated icon. By hand, after build.py --no-installer:
;   ISCC /DAppVersion=0.1.0 /DSetupIcon=..\build\pyinstaller\icons\qa-desktop.ico packaging\qa_desktop.iss
; AppVersion must equal qa_desktop.__version__ (build.py passes it; the default
; below is kept in step by packaging/check_versions.py).
;
; The bundle has two executables sharing _internal\:
;   qa-desktop-gui.exe  windowed: the Start-menu / desktop shortcuts, no console window
;   qa-desktop.exe      console: `qa-desktop audit ...` from cmd.exe or PowerShell
#if Ver < EncodeVer(7, 0, 2)
  #error Inno Setup 7.0.2 or later is needed (its Languages\ChineseSimplified.isl)
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SetupIcon
  #define SetupIcon "..\build\pyinstaller\icons\qa-desktop.ico"
#endif

[Setup]
AppId={{6B0E5D3A-2F4C-4C1E-9A7B-3D5E8F1A2C40}
AppName=QA Desktop
AppVersion={#AppVersion}
AppPublisher=QA Desktop
DefaultDirName={autopf}\QA Desktop
DefaultGroupName=QA Desktop
; Per-user install by default: inspectors often have no admin rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=qa-desktop-{#AppVersion}-windows-setup
SetupIconFile={#SetupIcon}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\qa-desktop-gui.exe
WizardStyle=modern
; The PATH task changes the environment: tell running programs (Explorer, new cmd.exe windows).
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.AddToPath=Add qa-desktop (command line) to the PATH
zh.AddToPath=将 qa-desktop 命令行工具加入 PATH
en.CommandLine=Command line:
zh.CommandLine=命令行：

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"

[Files]
; The whole one-folder bundle: both executables, _internal\ (rules, resources,
; translations, Qt plugins, the assembled Whisper model).
Source: "..\dist\qa-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\QA Desktop"; Filename: "{app}\qa-desktop-gui.exe"
Name: "{group}\{cm:UninstallProgram,QA Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\QA Desktop"; Filename: "{app}\qa-desktop-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\qa-desktop-gui.exe"; Description: "{cm:LaunchProgram,QA Desktop}"; Flags: nowait postinstall skipifsilent

; User data (database, logs, model cache) lives under %LOCALAPPDATA%\qa-desktop
; and is deliberately left in place on uninstall.

[Code]
// The PATH entry is the user's (per-user install) or the machine's (all users).
function PathRoot: Integer;
begin
  if IsAdminInstallMode then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function PathKey: String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function PathHasDir(const Path, Dir: String): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') > 0;
end;

procedure AddAppToPath;
var
  Path: String;
begin
  if not RegQueryStringValue(PathRoot, PathKey, 'Path', Path) then Path := '';
  if PathHasDir(Path, ExpandConstant('{app}')) then Exit;
  if (Path <> '') and (Copy(Path, Length(Path), 1) <> ';') then Path := Path + ';';
  RegWriteExpandStringValue(PathRoot, PathKey, 'Path', Path + ExpandConstant('{app}'));
end;

procedure RemoveAppFromPath;
var
  Path, Dir: String;
  P: Integer;
begin
  if not RegQueryStringValue(PathRoot, PathKey, 'Path', Path) then Exit;
  Dir := ExpandConstant('{app}');
  if not PathHasDir(Path, Dir) then Exit;
  Path := ';' + Path + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Path));
  Delete(Path, P, Length(Dir) + 1);
  Path := Copy(Path, 2, Length(Path) - 2);
  RegWriteExpandStringValue(PathRoot, PathKey, 'Path', Path);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then AddAppToPath;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then RemoveAppFromPath;
end;
