// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.diff;

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
public final class DiffReport {
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
    public record Group(DecisionChange change, List<CaseComparison> cases) {
    }

    /** @param comparison one case compared; counted, and kept when its decision changed */
    public void add(CaseComparison comparison) {
        compared++;
        if (comparison.decisionChanged()) {
            changed++;
            groups.computeIfAbsent(DecisionChange.between(comparison.before(), comparison.after()),
                    key -> new ArrayList<>()).add(comparison);
        } else if (comparison.findingsChanged()) {
            findingsOnly++;
        }
    }

    /** @param problem a record that could not be read as a case */
    public void skipped(InputProblem problem) {
        problems.add(problem);
    }

    /** Counts an input file that could not be read at all. */
    public void unreadableFile() {
        unreadableFiles++;
    }

    /** @return the groups, largest first; groups of equal size in the order they were first seen */
    public List<Group> groups() {
        List<Group> list = new ArrayList<>();
        groups.forEach((change, cases) -> list.add(new Group(change, List.copyOf(cases))));
        list.sort(Comparator.comparingInt((Group g) -> g.cases().size()).reversed());
        return list;
    }

    /** @return valid cases plus invalid records */
    public long casesRead() {
        return compared + problems.size();
    }

    /** @return valid cases compared */
    public long compared() {
        return compared;
    }

    /** @return cases whose verdict, severity or police flag changed */
    public long changed() {
        return changed;
    }

    /** @return cases whose decision did not change */
    public long unchanged() {
        return compared - changed;
    }

    /** @return unchanged cases in which some rule found something under one rule set only */
    public long findingsOnly() {
        return findingsOnly;
    }

    /** @return the records that could not be read, in input order */
    public List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    /** @return input files that could not be read */
    public int unreadableFiles() {
        return unreadableFiles;
    }

    /** @return {@code true} when every record of every input was compared */
    public boolean complete() {
        return problems.isEmpty() && unreadableFiles == 0;
    }
}
