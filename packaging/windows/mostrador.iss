; Inno Setup 6 script for the Windows installer: iscc /DVersion=0.1.0 /DBundle=<bundle folder> mostrador.iss
; NOT RUN HERE: .github/workflows/package-windows.yml runs it on a Windows runner; never executed in this
; project's CI. Installing a newer version over an older one replaces the program folder only: the data
; folder (%LOCALAPPDATA%\Mostrador) stays, and the first window says what changed.
#ifndef Version
  #define Version "0.0.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\build\bundle\mostrador"
#endif

[Setup]
AppId={{6C0F5C1E-7D0B-4E55-9F43-3B2D8E1A9C47}
AppName=Mostrador
AppVersion={#Version}
AppPublisher=Mostrador
DefaultDirName={autopf}\Mostrador
DefaultGroupName=Mostrador
UninstallDisplayIcon={app}\mostrador.exe
OutputBaseFilename=mostrador-{#Version}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; The old version's libraries go before the new ones are copied (an upgrade must not mix them).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Mostrador"; Filename: "{app}\mostrador.exe"
Name: "{autodesktop}\Mostrador"; Filename: "{app}\mostrador.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Review packs (.mostrador) open in Mostrador on a double-click.
Root: HKA; Subkey: "Software\Classes\.mostrador"; ValueType: string; ValueName: ""; ValueData: "Mostrador.ReviewPack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Mostrador.ReviewPack"; ValueType: string; ValueName: ""; ValueData: "Mostrador review pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Mostrador.ReviewPack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\mostrador.exe,0"
Root: HKA; Subkey: "Software\Classes\Mostrador.ReviewPack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\mostrador.exe"" ""%1"""

[Run]
Filename: "{app}\mostrador.exe"; Description: "{cm:LaunchProgram,Mostrador}"; Flags: nowait postinstall skipifsilent
