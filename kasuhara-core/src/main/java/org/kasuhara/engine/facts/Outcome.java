// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import java.util.EnumSet;
import java.util.Set;
import org.kasuhara.engine.spi.FiringRule;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Verdict;
import org.kie.api.definition.rule.Rule;

/**
 * What the verdict layer decides for one case. One instance per assessment, so it is never shared between
 * threads. The engine inserts it only after every signal rule has fired, so verdict rules see all findings.
 * Decisions only ever escalate: a later rule cannot lower a verdict or withdraw a police report, so the order of
 * verdict rules does not matter.
 */
public final class Outcome {
    private Verdict verdict = Verdict.LEGITIMATE_COMPLAINT;
    private boolean police;
    private boolean accepted = true;
    private final Set<ActionType> actions = EnumSet.noneOf(ActionType.class);
    private Cell cell;

    /**
     * Raises the verdict to at least {@code atLeast}.
     *
     * @param atLeast the verdict this rule reached
     */
    public void verdict(Verdict atLeast) {
        if (atLeast.compareTo(verdict) > 0) {
            verdict = atLeast;
        }
    }

    /**
     * Raises the verdict to at least {@code atLeast}, as a cell of the verdict table: the assessment names the
     * deciding cell (the firing rule's id and names). Where several cells fire, the one with the highest verdict
     * decides, the first of them on a tie. Call it only from a rule's consequence.
     *
     * @param atLeast the verdict of this cell
     */
    public void decide(Verdict atLeast) {
        verdict(atLeast);
        if (cell == null || atLeast.compareTo(cell.verdict()) > 0) {
            Rule rule = FiringRule.current();
            Object id = rule.getMetaData().get("id");
            Object nameJa = rule.getMetaData().get("nameJa");
            cell = new Cell(id == null ? rule.getName() : id.toString(), rule.getName(),
                    nameJa == null ? rule.getName() : nameJa.toString(), atLeast);
        }
    }

    /** Marks the case for the police. */
    public void reportToPolice() {
        police = true;
        actions.add(ActionType.REPORT_TO_POLICE);
    }

    /** Marks the message not accepted: kept as evidence, the sender told why. */
    public void notAccepted() {
        accepted = false;
        actions.add(ActionType.NOT_ACCEPTED_NOTICE);
    }

    /**
     * Recommends actions.
     *
     * @param types the actions
     */
    public void recommend(ActionType... types) {
        actions.addAll(java.util.List.of(types));
    }

    /** @return the verdict reached */
    public Verdict getVerdict() {
        return verdict;
    }

    /** @return whether the case is for the police */
    public boolean isPolice() {
        return police;
    }

    /** @return whether the message is accepted */
    public boolean isAccepted() {
        return accepted;
    }

    /** @return the verdict table's cell that decided, or {@code null} when no rule called {@link #decide} */
    public Cell getCell() {
        return cell;
    }

    /** @return the recommended actions, in declaration order */
    public Set<ActionType> getActions() {
        Set<ActionType> copy = EnumSet.noneOf(ActionType.class);
        copy.addAll(actions);
        return copy;
    }

    /**
     * The verdict table's cell that decided.
     *
     * @param rule    the rule's id
     * @param name    its name (English)
     * @param nameJa  its Japanese name
     * @param verdict the verdict it gave
     */
    public record Cell(String rule, String name, String nameJa, Verdict verdict) {
    }
}
