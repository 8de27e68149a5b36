; Inno Setup script: per-user install (no admin rights), associates .tinnhiem with the app.
; Build on Windows: python packaging\build.py, then compile this file with Inno Setup 6
; (iscc packaging\windows\tinnhiem-desktop.iss). The version must match tinnhiem_desktop/__init__.py.

#define AppName "Tín Nhiệm Desktop"
#define AppVersion "0.1.0"
#define AppExe "tinnhiem-desktop.exe"

[Setup]
AppId={{6C1C2E0B-3A0E-4C3B-9B8F-54E4E48445A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Tín Nhiệm Desktop
DefaultDirName={localappdata}\Programs\TinNhiemDesktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=tinnhiem-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app-icon.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; No Inno Setup release (6.7 included) has Vietnamese among its official translations: use the
; compiler's if a later one does, else Vietnamese.isl beside this script (Inno Setup's unofficial
; translation, fetched by .github/workflows/windows.yml), else the installer speaks English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#elif FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\tinnhiem-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; Per-user file association (HKCU: no admin rights needed).
Root: HKCU; Subkey: "Software\Classes\.tinnhiem"; ValueType: string; ValueName: ""; ValueData: "TinNhiemDesktop.Session"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\TinNhiemDesktop.Session"; ValueType: string; ValueName: ""; ValueData: "Phiên kiểm phiếu tín nhiệm"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\TinNhiemDesktop.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\TinNhiemDesktop.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
