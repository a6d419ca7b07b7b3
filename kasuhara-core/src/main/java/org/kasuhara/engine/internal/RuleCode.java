// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;

/**
 * Rules are code, and a rule set never needs more of Java than its facts, collections, dates and arithmetic. This
 * check refuses, with file and line, what a rule could use to reach outside an assessment: imports other than the
 * rule API ({@code org.kasuhara.*}) and {@code java.util}/{@code java.time}/{@code java.math}/{@code java.text};
 * {@code System}, {@code Runtime}, processes, threads, class loading and reflection; {@code java.io}, {@code java.nio},
 * {@code java.net} and the like written out in full; the engine's runtime behind {@code drools}/{@code kcontext}; and
 * loops, which a consequence never needs (rules repeat by matching) and which could spin forever. Comments and string
 * literals are not code: a message may say "System".
 */
final class RuleCode {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.*$]+)");
    private static final Pattern ALLOWED_IMPORT = Pattern.compile(
            "^(org\\.kasuhara\\.[\\w.*$]+|java\\.(util|time|math|text)\\.(?!concurrent)[\\w.*$]+)$");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)");
    private static final List<Forbidden> FORBIDDEN = List.of(
            new Forbidden("\\bSystem\\s*\\.", "System"),
            new Forbidden("\\bRuntime\\b", "Runtime"),
            new Forbidden("\\b(ProcessBuilder|ProcessHandle|Process)\\b", "processes"),
            new Forbidden("\\b(Thread|ThreadGroup|ThreadLocal|Executors?|ForkJoinPool)\\b", "threads"),
            new Forbidden("\\b(ClassLoader|SecurityManager|StackWalker|ModuleLayer)\\b|\\bClass\\s*\\.\\s*forName\\b"
                    + "|\\.\\s*getClass\\s*\\(|\\.\\s*class\\b", "class loading and reflection"),
            new Forbidden("\\b(java|javax|jdk|sun|com\\.sun)\\s*\\.\\s*(io|nio|net|rmi|sql|script|naming|management"
                    + "|lang\\s*\\.\\s*(reflect|invoke|ref)|util\\s*\\.\\s*concurrent|misc|internal)\\b",
                    "input/output, network and runtime packages"),
            new Forbidden("\\b(drools|kcontext)\\s*\\.\\s*(getKieRuntime|getKnowledgeRuntime|getKieBase|getWorkingMemory"
                    + "|getEntryPoint|getChannel|halt)\\b", "the engine's runtime"),
            new Forbidden("\\b(while|for)\\s*\\(|\\bdo\\s*\\{", "loops"));

    private record Forbidden(Pattern pattern, String what) {
        Forbidden(String regex, String what) {
            this(Pattern.compile(regex), what);
        }
    }

    private RuleCode() {
    }

    /**
     * @param drlFiles the DRL files (decision tables already expanded)
     * @param problems where each use found goes, with its file, line and rule
     */
    static void check(List<RuleFile> drlFiles, List<RuleProblem> problems) {
        for (RuleFile file : drlFiles) {
            if (file.path().endsWith(".drl")) {
                check(file.path(), file.text(), problems);
            }
        }
    }

    static void check(String path, String text, List<RuleProblem> problems) {
        String[] lines = code(text).split("\n", -1);
        String[] raw = text.split("\n", -1);
        String rule = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher named = RULE.matcher(raw[i]);
            if (named.find()) {
                rule = named.group(1).replaceAll("^[\"']|[\"']$", "");
            }
            Matcher imported = IMPORT.matcher(line);
            if (imported.find() && !ALLOWED_IMPORT.matcher(imported.group(1)).matches()) {
                problems.add(new Bilingual("import " + imported.group(1) + " は使えません。ルールで使えるのは "
                        + "org.kasuhara.* と java.util・java.time・java.math・java.text だけです（ルールはコードとして"
                        + "実行されます）", "import " + imported.group(1) + " is not allowed: rules may import "
                        + "org.kasuhara.* and java.util, java.time, java.math and java.text only (rules run as code)")
                        .at(path, i + 1, null));
                continue;
            }
            for (Forbidden forbidden : FORBIDDEN) {
                Matcher m = forbidden.pattern().matcher(line);
                if (m.find()) {
                    String used = m.group().strip();
                    problems.add(new Bilingual("ルールでは使えません（" + forbidden.what() + "）: " + used
                            + "。ルールは判定に必要な事実と計算だけを扱います", "not allowed in a rule ("
                            + forbidden.what() + "): " + used + "; rules work with facts and arithmetic only")
                            .at(path, i + 1, rule));
                }
            }
        }
    }

    /** @return the text with comments and string literals blanked out, line breaks kept (so lines still count) */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/' || c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(text, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' && end + 1 < n && text.charAt(end + 1) != '\n' ? 2 : 1;
                }
                end = Math.min(end, n);
                out.append(c);
                blank(text, i + 1, end, out);
                boolean closed = end < n && text.charAt(end) == c;
                if (closed) {
                    out.append(c);
                }
                i = closed ? end + 1 : end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int k = from; k < to && k < text.length(); k++) {
            out.append(text.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
