// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Severity;
import org.kasuhara.policy.internal.PolicyKeys;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Checks every rule's metadata: a unique {@code @id}, a known {@code @source}, a valid
 * {@code @behaviour} and {@code @severity} where given, and a {@code package} that matches the file's folder.
 */
final class RuleMetadata {
    /** The metadata a rule may carry; anything else is a typo that would silently be ignored. */
    static final List<String> KEYS = List.of("id", "nameJa", "source", "behaviour", "severity");
    private static final Pattern WORD = Pattern.compile("\\b\\w+\\b");
    /** Digits, number words ("one" is left out: "one matter" names no value) and Japanese numerals with a unit. */
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+|(?i)\\b(two|three|four|five|six|seven|eight"
            + "|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|thousand)\\b"
            + "|[一二三四五六七八九十百千万]+(?:分|回|時間|件|日|倍|円)");
    private static final Pattern POLICY_PATTERN = Pattern.compile("\\bPolicy\\s*\\(([^)]*)\\)");

    private RuleMetadata() {
    }

    /**
     * @param rows maps a line of a file's DRL to the line a person edits (a decision table's row); the identity
     *             for DRL files
     * @param sourcesChecked the packaged default rule set's files: their citations are not checked again
     */
    static List<RuleInfo> check(KieBase base, List<RuleFile> files, LineMap rows, List<RuleProblem> problems,
                                boolean sourcesChecked) {
        return check(base, files, rows, problems, List.of(), null, List.of(), sourcesChecked);
    }

    /**
     * @param earlier rules of another knowledge base of the same rule set, whose ids must not be reused
     * @param module  the plug-in module's folder, or {@code null} for the rules that run on cases
     * @param markers consequence text that marks a module rule deriving a result, besides {@code Evidence.finding}
     * @param sourcesChecked the files are the packaged default rule set's, whose {@code @source} citations were
     *                       checked against this very catalogue when Kasuhara was built: it is not read again
     */
    static List<RuleInfo> check(KieBase base, List<RuleFile> files, LineMap rows, List<RuleProblem> problems,
                                List<RuleInfo> earlier, String module, List<String> markers, boolean sourcesChecked) {
        Map<String, String> texts = new HashMap<>();
        files.forEach(f -> texts.put(f.path(), f.text()));
        Map<String, RuleInfo> byId = new HashMap<>();
        earlier.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<RuleInfo> rules = new ArrayList<>();
        GuidelineCatalogue catalogue = sourcesChecked ? null : GuidelineCatalogue.defaults();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = rule instanceof RuleImpl impl && impl.getResource() != null
                        ? impl.getResource().getSourcePath() : "?";
                int drlLine = lineOf(texts.getOrDefault(file, ""), rule.getName());
                int line = rows.map(file, drlLine);
                Map<String, Object> meta = rule.getMetaData();
                String body = bodyOf(texts.getOrDefault(file, ""), drlLine);
                RuleInfo info = new RuleInfo(text(meta.get("id")), rule.getName(), rule.getPackageName(), file, line,
                        text(meta.get("source")), text(meta.get("behaviour")), text(meta.get("severity")),
                        text(meta.get("nameJa")), thresholdsIn(body), module);
                validate(info, catalogue, byId, problems);
                checkNamedNumber(info, problems);
                for (String key : meta.keySet()) {
                    if (!KEYS.contains(key)) {
                        problems.add(problem(info, "不明なメタデータ @" + key + " です。使えるのは " + KEYS + " です",
                                "unknown metadata @" + key + "; known: " + KEYS));
                    }
                }
                if (info.severity() == null && (body.contains("Evidence.finding") || markers.stream().anyMatch(body::contains))) {
                    problems.add(problem(info, "@severity がありません: Evidence.finding を挿入するルールには @severity(…) が必要です"
                            + "（@behaviour を渡さない場合は @behaviour も）", "@severity is missing: a rule that inserts"
                            + " Evidence.finding needs @severity(…) (and @behaviour unless it passes one)"));
                }
                rules.add(info);
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return List.copyOf(rules);
    }

    /** Maps a line of generated DRL to the line of the file a person edits. */
    @FunctionalInterface
    interface LineMap {
        int map(String file, int line);
    }

    private static void validate(RuleInfo rule, GuidelineCatalogue catalogue, Map<String, RuleInfo> byId,
                                 List<RuleProblem> problems) {
        String folder = rule.file().contains("/") ? rule.file().substring(0, rule.file().lastIndexOf('/')) : "";
        if (!rule.pkg().equals(folder.replace('/', '.'))) {
            problems.add(problem(rule, "package " + rule.pkg() + " がフォルダ「" + folder + "」と一致しません（package "
                    + folder.replace('/', '.') + "; と書いてください）", "package " + rule.pkg()
                    + " does not match its folder \"" + folder + "\" (write: package " + folder.replace('/', '.') + ";)"));
        }
        if (rule.id() == null || rule.id().isBlank()) {
            problems.add(problem(rule, "@id がありません: すべてのルールに @id(\"KH-X-001\") のような一意で変わらない ID が必要です",
                    "@id is missing: every rule needs a unique, stable id such as @id(\"KH-X-001\")"));
        } else if (byId.containsKey(rule.id())) {
            RuleInfo first = byId.get(rule.id());
            problems.add(problem(rule, "@id(\"" + rule.id() + "\") はすでにルール「" + first.name() + "」（"
                    + first.file() + ":" + first.line() + "）で使われています", "@id(\"" + rule.id()
                    + "\") is already used by rule \"" + first.name() + "\" at " + first.file() + ":" + first.line()));
        } else {
            byId.put(rule.id(), rule);
        }
        if (rule.source() == null || rule.source().isBlank()) {
            problems.add(problem(rule, "@source がありません: 根拠となる指針を書いてください（例: @source(\"MHLW-2022 §B-1\")）",
                    "@source is missing: cite the guideline, e.g. @source(\"MHLW-2022 §B-1\")"));
        } else if (catalogue != null && !catalogue.isKnownSource(rule.source())) {
            problems.add(problem(rule, "@source(\"" + rule.source() + "\") は未知の出典です。既知の出典: " + known(catalogue),
                    "@source(\"" + rule.source() + "\") cites an unknown source; known: " + known(catalogue)));
        }
        checkEnum(rule, "behaviour", rule.behaviour(), Behaviour.class, problems);
        checkEnum(rule, "severity", rule.severity(), Severity.class, problems);
    }

    /**
     * A rule that reads a policy threshold must not state its value in its name: an organisation's policy.yaml may
     * set 45 minutes while the catalogue says "sixty", and the catalogue would mislead the person who reads it.
     */
    private static void checkNamedNumber(RuleInfo rule, List<RuleProblem> problems) {
        if (rule.thresholds().isEmpty()) {
            return;
        }
        for (String name : new String[] {rule.name(), rule.nameJa()}) {
            Matcher number = name == null ? null : NUMBER.matcher(name);
            if (number != null && number.find()) {
                problems.add(problem(rule, "名前に数（「" + number.group() + "」）があります。このルールは policy.yaml の "
                        + rule.thresholds() + " を読むので、組織ごとに値が変わります。数ではなく基準の名前で書いてください"
                        + "（例:「拘束の基準時間」）", "its name states a number (\"" + number.group() + "\") but the rule reads "
                        + rule.thresholds() + " from policy.yaml, which an organisation may change; name the line instead"
                        + " (e.g. \"the confinement line\")"));
                return;
            }
        }
    }

    private static <E extends Enum<E>> void checkEnum(RuleInfo rule, String key, String value, Class<E> type,
                                                      List<RuleProblem> problems) {
        if (value == null) {
            return;
        }
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(problem(rule, "@" + key + "(" + value + ") は次のいずれでもありません: " + EnumSet.allOf(type),
                    "@" + key + "(" + value + ") is not one of " + EnumSet.allOf(type)));
        }
    }

    private static RuleProblem problem(RuleInfo rule, String japanese, String english) {
        return new RuleProblem(rule.file(), rule.line(), rule.name(), english, japanese);
    }

    private static List<String> known(GuidelineCatalogue catalogue) {
        return catalogue.sources().stream().map(s -> s.key()).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The policy settings a rule's {@code Policy(…)} patterns read, in the order of the policy file. */
    static List<String> thresholdsIn(String body) {
        Matcher policy = POLICY_PATTERN.matcher(body);
        java.util.Set<String> used = new java.util.HashSet<>();
        while (policy.find()) {
            Matcher word = WORD.matcher(policy.group(1));
            while (word.find()) {
                used.add(word.group());
            }
        }
        return PolicyKeys.KEYS.stream().filter(used::contains).toList();
    }

    /** The rule's text from its {@code rule} line to its {@code end}. */
    static String bodyOf(String text, int line) {
        if (line <= 0) {
            return "";
        }
        List<String> lines = text.lines().toList();
        StringBuilder body = new StringBuilder();
        for (int i = line - 1; i < lines.size(); i++) {
            body.append(lines.get(i)).append('\n');
            if (i > line - 1 && lines.get(i).strip().equals("end")) {
                break;
            }
        }
        return body.toString();
    }

    static int lineOf(String text, String ruleName) {
        Matcher m = Pattern.compile("(?m)^[ \\t]*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|"
                + Pattern.quote(ruleName) + "(?=\\s|$))").matcher(text);
        return m.find() ? lineAt(text, m.start()) : 0;
    }

    /** The 1-based line of an offset in a file's text. */
    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
