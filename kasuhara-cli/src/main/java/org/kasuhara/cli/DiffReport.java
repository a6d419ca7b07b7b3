package org.kasuhara.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.json.InputProblem;

/**
 * What {@code rules diff} found: the cases whose decision changed, grouped by change in input order, and counts of
 * everything read. Unchanged cases are only counted.
 */
final class DiffReport {
    private final Map<DecisionChange, List<CaseComparison>> groups = new LinkedHashMap<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private long compared;
    private long changed;
    private long findingsOnly;
    private int unreadableFiles;

    /**
     * One group of cases with the same change.
     *
     * @param change what changed
     * @param cases  the cases, in input order
     */
    record Group(DecisionChange change, List<CaseComparison> cases) {
    }

    void add(CaseComparison comparison) {
        compared++;
        if (comparison.decisionChanged()) {
            changed++;
            groups.computeIfAbsent(DecisionChange.between(comparison.before(), comparison.after()),
                    key -> new ArrayList<>()).add(comparison);
        } else if (comparison.findingsChanged()) {
            findingsOnly++;
        }
    }

    void skipped(InputProblem problem) {
        problems.add(problem);
    }

    void unreadableFile() {
        unreadableFiles++;
    }

    /** @return the groups, largest first; groups of equal size in the order they were first seen */
    List<Group> groups() {
        List<Group> list = new ArrayList<>();
        groups.forEach((change, cases) -> list.add(new Group(change, List.copyOf(cases))));
        list.sort(Comparator.comparingInt((Group g) -> g.cases().size()).reversed());
        return list;
    }

    /** @return valid cases plus invalid records */
    long casesRead() {
        return compared + problems.size();
    }

    long compared() {
        return compared;
    }

    long changed() {
        return changed;
    }

    long unchanged() {
        return compared - changed;
    }

    /** @return unchanged cases in which some rule found something under one rule set only */
    long findingsOnly() {
        return findingsOnly;
    }

    List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    int unreadableFiles() {
        return unreadableFiles;
    }

    /** @return {@code true} when every record of every input was compared */
    boolean complete() {
        return problems.isEmpty() && unreadableFiles == 0;
    }
}
