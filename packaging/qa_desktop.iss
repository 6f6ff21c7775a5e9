; Inno Setup script for QA Desktop on Windows.
; Build the bundle first:  python packaging\build.py
; then:                    ISCC /DAppVersion=0.1.0 packaging\qa_desktop.iss
; AppVersion must equal qa_desktop.__version__ (build.py prints it; the default
; below is kept in step by packaging/check_versions.py).
#ifndef AppVersion
  #define AppVersion "0.1.0"
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
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\qa-desktop.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: executable, _internal\ (rules, resources,
; translations, Qt plugins, the assembled Whisper model).
Source: "..\dist\qa-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\QA Desktop"; Filename: "{app}\qa-desktop.exe"
Name: "{group}\{cm:UninstallProgram,QA Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\QA Desktop"; Filename: "{app}\qa-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\qa-desktop.exe"; Description: "{cm:LaunchProgram,QA Desktop}"; Flags: nowait postinstall skipifsilent

; User data (database, logs, model cache) lives under %LOCALAPPDATA%\qa-desktop
; and is deliberately left in place on uninstall.
