@echo off
rem Copyright The Kasuhara Authors
rem SPDX-License-Identifier: Apache-2.0
rem kasuhara.cmd - runs the Kasuhara CLI on Windows (kasuhara-cli\target\kasuhara.jar), building it first when it is
rem missing or older than any source or POM, as ./kasuhara does on Linux and macOS. Needs only Java 17 on the PATH:
rem the Maven wrapper (mvnw.cmd) fetches Maven. Build output goes to standard error, so "kasuhara triage --json" keeps
rem standard output clean. File arguments are relative to the folder you run this from.
rem This file is ASCII only: cmd.exe reads batch files in the console's code page (932 on Japanese Windows).
setlocal EnableExtensions DisableDelayedExpansion
set "KASUHARA_ROOT=%~dp0"
if "%KASUHARA_ROOT:~-1%"=="\" set "KASUHARA_ROOT=%KASUHARA_ROOT:~0,-1%"
set "KASUHARA_JAR=%KASUHARA_ROOT%\kasuhara-cli\target\kasuhara.jar"

where java >nul 2>nul
if errorlevel 1 goto :nojava

if not exist "%KASUHARA_JAR%" goto :build
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath $env:KASUHARA_JAR).LastWriteTimeUtc; $newer = Get-ChildItem -LiteralPath $env:KASUHARA_ROOT -Recurse -File -ErrorAction SilentlyContinue | Where-Object { ($_.FullName -match '\\src\\' -or $_.Name -eq 'pom.xml') -and $_.FullName -notmatch '\\target\\' -and $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }" >nul 2>nul
if errorlevel 1 goto :build
goto :run

:build
echo kasuhara: building the CLI (mvnw.cmd install -pl kasuhara-cli -am) ... 1>&2
pushd "%KASUHARA_ROOT%"
call mvnw.cmd -q -B -DskipTests install -pl kasuhara-cli -am 1>&2
if errorlevel 1 goto :buildfailed
popd

:run
rem Most runs are short: the C1 compiler alone starts faster; a server (kasuhara serve) keeps the full JIT.
set "KASUHARA_OPTS=-Xlog:disable -Xlog:all=warning:stderr"
if /i not "%~1"=="serve" set "KASUHARA_OPTS=%KASUHARA_OPTS% -XX:TieredStopAtLevel=1"
java %KASUHARA_OPTS% %KASUHARA_JAVA_OPTS% -jar "%KASUHARA_JAR%" %*
exit /b %ERRORLEVEL%

:nojava
echo kasuhara: java was not found on the PATH; install Java 17 or later 1>&2
exit /b 1

:buildfailed
popd
echo kasuhara: build failed 1>&2
exit /b 1
