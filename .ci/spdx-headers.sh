#!/usr/bin/env bash
# Copyright The Kasuhara Authors
# SPDX-License-Identifier: Apache-2.0
# Adds the licence header to every Java source, POM and shell or batch script that lacks one; idempotent, so it can
# be re-run after a merge brings new files. `--check` only lists the files without one and fails if there are any.
# LicenseHeadersTest (kasuhara-cli) holds the same rule in `./mvnw verify`.
# Left alone: the Maven wrapper (mvnw, mvnw.cmd: Apache's own headers), test resources (evaluation data, fixtures),
# rule and data files (.drl, .yaml, .tsv, .csv), generated output (target/).
set -euo pipefail
cd "$(dirname "$0")/.."

COPYRIGHT="Copyright The Kasuhara Authors"
SPDX="SPDX-License-Identifier: Apache-2.0"
check=false
[[ "${1:-}" == "--check" ]] && check=true

kind_of() {
    local f="$1"
    case "$f" in
        mvnw|mvnw.cmd|*/src/test/resources/*|*/src/main/resources/*) return 1 ;;
        *.java) echo java ;;
        pom.xml|*/pom.xml) echo xml ;;
        *.cmd) echo batch ;;
        *) head -n 1 "$f" 2>/dev/null | grep -Eq '^#!.*[/ ](ba)?sh' && echo shell || return 1 ;;
    esac
}

has_header() {
    head -n 6 "$1" | grep -q "$SPDX"
}

add_header() {
    local f="$1" kind="$2" tmp
    tmp="$(mktemp)"
    case "$kind" in
        java)
            printf '// %s\n// %s\n\n' "$COPYRIGHT" "$SPDX" > "$tmp"
            cat "$f" >> "$tmp" ;;
        xml)  # after the XML declaration
            head -n 1 "$f" > "$tmp"
            printf '<!-- %s -->\n<!-- %s -->\n' "$COPYRIGHT" "$SPDX" >> "$tmp"
            tail -n +2 "$f" >> "$tmp" ;;
        shell)  # after the shebang
            head -n 1 "$f" > "$tmp"
            printf '# %s\n# %s\n' "$COPYRIGHT" "$SPDX" >> "$tmp"
            tail -n +2 "$f" >> "$tmp" ;;
        batch)  # after `@echo off`, CRLF as .gitattributes wants
            head -n 1 "$f" > "$tmp"
            printf 'rem %s\r\nrem %s\r\n' "$COPYRIGHT" "$SPDX" >> "$tmp"
            tail -n +2 "$f" >> "$tmp" ;;
    esac
    cat "$tmp" > "$f"   # keeps the file's mode (scripts stay executable)
    rm -f "$tmp"
}

# The whole file is read before anything runs: this script gets a header too, and bash reads scripts as it goes.
main() {
    missing=0
    while IFS= read -r f; do
        [[ -f "$f" ]] || continue
        kind="$(kind_of "$f")" || continue
        has_header "$f" && continue
        if $check; then
            echo "no licence header: $f"
            missing=$((missing + 1))
        else
            add_header "$f" "$kind"
            echo "header added: $f"
        fi
    done < <(git ls-files --cached --others --exclude-standard)

    if $check && [[ $missing -gt 0 ]]; then
        echo "$missing file(s) without a licence header: run .ci/spdx-headers.sh" >&2
        exit 1
    fi
}

main "$@"
exit
