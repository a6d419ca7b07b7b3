#!/usr/bin/env bash
# Copyright The Kasuhara Authors
# SPDX-License-Identifier: Apache-2.0
# Builds kasuhara-cli/target/container/ from the shaded CLI jar: a jlink Java runtime (runtime/), the application
# (app/kasuhara.jar), the launcher (bin/kasuhara) and the Dockerfile; then smoke-runs the layout with its own runtime:
# --version and a one-case triage. Run by `./mvnw -pl kasuhara-cli -am package -Pcontainer` (needs a JDK 17 with jlink).
# Usage: build-layout.sh <module dir>
set -euo pipefail
module="$(cd "$1" && pwd)"
out="$module/target/container"
jar="$module/target/kasuhara.jar"
case_file="$module/../examples/cases/legitimate-wrong-name-cake-refund.json"
[[ -f "$jar" ]] || { echo "container: $jar missing (package first)" >&2; exit 1; }

# A fixed module list (docs/container.md): jdeps cannot see what Drools, JDBC drivers and mail load reflectively.
modules="java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http"
modules="$modules,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa"
modules="$modules,java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.management,jdk.unsupported,jdk.zipfs"

jlink_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jlink"
rm -rf "$out"
mkdir -p "$out/app" "$out/bin"
"$jlink_bin" --add-modules "$modules" --include-locales=ja,en --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$out/runtime"
cp "$jar" "$out/app/kasuhara.jar"
cp "$module/src/container/kasuhara" "$out/bin/kasuhara"
cp "$module/src/container/Dockerfile" "$out/Dockerfile"
chmod +x "$out/bin/kasuhara"

# Smoke run: the layout's own launcher and runtime, nothing from the host's Java.
version="$("$out/bin/kasuhara" --version)"
grep -q 'kasuhara' <<<"$version" || { echo "container: --version printed: $version" >&2; exit 1; }
answer="$("$out/bin/kasuhara" triage --json "$case_file")"
grep -q '"verdict"' <<<"$answer" || { echo "container: triage printed: $answer" >&2; exit 1; }
# PDFs need java.desktop and the font from the adapter jar: one case stored and its report rendered by the layout.
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$out/bin/kasuhara" cases intake --data "$data" "$case_file" | grep -q '^KH-' \
  || { echo "container: cases intake failed" >&2; exit 1; }
"$out/bin/kasuhara" report case KH-00000001 --data "$data" --format pdf -o "$data/case.pdf"
[[ "$(head -c 5 "$data/case.pdf")" == "%PDF-" ]] || { echo "container: report case wrote no PDF" >&2; exit 1; }
echo "container: $(du -sh "$out/runtime" | cut -f1) runtime; $(head -1 <<<"$version"); triage and PDF report ok"
