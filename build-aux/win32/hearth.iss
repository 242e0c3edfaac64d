; Hearth's installer for Windows, for Inno Setup 6.
; build-msys2.sh runs it with the folder it made:
;   iscc /DSourceDir=C:\...\_build-win32\Hearth /DAppVersion=0.1.0 hearth.iss
; It installs for the current user only, so it needs no administrator: on a
; community centre's laptop the trainer may not have that.

#ifndef SourceDir
  #error Give the folder build-msys2.sh made: /DSourceDir=...
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{4C1E6B52-8F0A-4D5E-9B7A-6A5D2E3F1C90}
AppName=Hearth
AppVersion={#AppVersion}
AppPublisher=The Hearth team
AppComments=Keeping children safe online
DefaultDirName={localappdata}\Programs\Hearth
DefaultGroupName=Hearth
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputBaseFilename=Hearth-{#AppVersion}-setup
; hearth.ico is made in the build folder (build-aux/win32/meson.build).
SetupIconFile={#SourceDir}\..\build-aux\win32\hearth.ico
UninstallDisplayIcon={app}\bin\hearth.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole folder; a portable.txt made for USB sticks is left out, so an
; installed Hearth keeps its profile in the user's folder.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "bin\portable.txt"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\Hearth"; Filename: "{app}\bin\hearth.exe"; WorkingDir: "{app}\bin"
Name: "{userdesktop}\Hearth"; Filename: "{app}\bin\hearth.exe"; WorkingDir: "{app}\bin"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\bin\hearth.exe"; Description: "{cm:LaunchProgram,Hearth}"; Flags: nowait postinstall skipifsilent
