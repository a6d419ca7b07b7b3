@echo off
rem Copyright The Kasuhara Authors
rem SPDX-License-Identifier: Apache-2.0
rem .ci\windows-smoke.cmd - on a Windows machine with only Java 17: runs through kasuhara.cmd the same commands as the
rem smoke part of .ci/run (triage of every sample case, intake into a fresh store, monthly CSV, case PDF) and fails on
rem the first that fails. Run from the repository root: .ci\windows-smoke.cmd
setlocal EnableExtensions
cd /d "%~dp0.."
set "STORE=%TEMP%\kasuhara-smoke-%RANDOM%%RANDOM%"
call kasuhara.cmd triage examples\cases\legitimate-wrong-name-cake-refund.json || goto :fail
call kasuhara.cmd triage --json examples\cases\legitimate-wrong-name-cake-refund.json || goto :fail
for %%f in (examples\cases\*.json) do (
  call kasuhara.cmd cases intake --data "%STORE%" "%%f" || goto :fail
)
call kasuhara.cmd cases due --data "%STORE%" --lang en || goto :fail
call kasuhara.cmd report monthly --data "%STORE%" --month 2026-11 --format csv --lang en || goto :fail
call kasuhara.cmd report case KH-00000001 --data "%STORE%" --format pdf -o "%STORE%\KH-00000001.pdf" || goto :fail
if not exist "%STORE%\KH-00000001.pdf" goto :fail
rmdir /s /q "%STORE%"
echo windows smoke test passed
exit /b 0
:fail
echo windows smoke test FAILED 1>&2
exit /b 1
