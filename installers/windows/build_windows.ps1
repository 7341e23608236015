# Build sbdesk for Windows: dist\sbdesk-<version>-windows-x64-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build_windows.ps1
#   ... -KeepVenv                      reuse build\installer\venv (faster while working)
#   ... -Sign -SignCommand 'signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f'
#
# Needs Windows 10/11 x64, Python 3.11+ (64-bit, python.org; started through the "py" launcher) and
# Inno Setup 6.3+ (ISCC.exe on PATH or in its default folder). Steps: fresh virtual environment,
# sbdesk (from this checkout) + the pinned PyInstaller, installers\sbdesk.spec, the bundle's own
# `sbdesk.exe --self-test`, then installers\windows\sbdesk.iss. Not run by this project's CI (Linux).
param(
    [string]$PythonLauncher = "py",
    [string]$PythonVersion = "-3.11",
    [switch]$KeepVenv,
    [switch]$Sign,
    [string]$SignCommand = ""
)
$ErrorActionPreference = "Stop"

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Work = Join-Path $Root "build\installer"
$Venv = Join-Path $Work "venv"
$Py = Join-Path $Venv "Scripts\python.exe"
$Started = Get-Date

if (-not $KeepVenv -or -not (Test-Path $Py)) {
    if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
    Invoke-Checked "creating the virtual environment" { & $PythonLauncher $PythonVersion -m venv $Venv }
}
Invoke-Checked "pip" { & $Py -m pip install -q --disable-pip-version-check --upgrade pip }
Invoke-Checked "installing sbdesk and PyInstaller" {
    & $Py -m pip install -q --disable-pip-version-check $Root -r (Join-Path $Root "installers\requirements-build.txt")
}
Invoke-Checked "reinstalling sbdesk" { & $Py -m pip install -q --disable-pip-version-check --no-deps --force-reinstall $Root }
$Version = (& $Py -c "import sbdesk; print(sbdesk.__version__)").Trim()
$Numeric = ([regex]::Matches($Version, "\d+") | Select-Object -First 4 | ForEach-Object { $_.Value }) -join "."

foreach ($dir in "dist", "pyi") { $p = Join-Path $Work $dir; if (Test-Path $p) { Remove-Item -Recurse -Force $p } }
Push-Location $Work  # not the checkout, so nothing there can shadow the installed package
try {
    Invoke-Checked "PyInstaller" {
        & $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath (Join-Path $Work "dist") `
            --workpath (Join-Path $Work "pyi") (Join-Path $Root "installers\sbdesk.spec")
    }
} finally { Pop-Location }

# The bundle must prove itself before it is packed (offscreen; a temporary database; nothing kept).
Invoke-Checked "the bundled self-test" { & (Join-Path $Work "dist\sbdesk\sbdesk.exe") --self-test }

$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
foreach ($candidate in "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") {
    if (-not $Iscc -and (Test-Path $candidate)) { $Iscc = $candidate }
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: https://jrsoftware.org/isinfo.php" }
$IsccArgs = @("/DAppVersion=$Version", "/DNumericVersion=$Numeric", "/DBundleDir=$(Join-Path $Work 'dist\sbdesk')",
              "/DOutputDir=$(Join-Path $Root 'dist')")
if ($Sign) {
    if (-not $SignCommand) { throw "-Sign needs -SignCommand (a signtool command line ending in `$f)" }
    $IsccArgs += @("/DSign", "/Ssbdesksign=$SignCommand")
}
Invoke-Checked "Inno Setup" { & $Iscc @IsccArgs (Join-Path $Root "installers\windows\sbdesk.iss") }

$Setup = Join-Path $Root "dist\sbdesk-$Version-windows-x64-setup.exe"
$Minutes = [math]::Round(((Get-Date) - $Started).TotalMinutes, 1)
Write-Host "[build] $Setup ($([math]::Round((Get-Item $Setup).Length / 1MB)) MB) in $Minutes min"
