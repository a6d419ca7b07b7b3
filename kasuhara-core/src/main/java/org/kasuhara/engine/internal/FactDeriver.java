// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.facts.ContactFact;
import org.kasuhara.engine.facts.DemandFact;
import org.kasuhara.engine.facts.Established;
import org.kasuhara.engine.facts.IllnessNoted;
import org.kasuhara.engine.facts.NetDoubt;
import org.kasuhara.engine.facts.NetScore;
import org.kasuhara.engine.facts.ObservationFact;
import org.kasuhara.engine.facts.RepeatCount;
import org.kasuhara.engine.facts.Validity;
import org.kasuhara.engine.facts.WeaponNoted;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;
import org.kasuhara.model.Facts;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.Attribution;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.text.TextNet;
import org.kasuhara.text.TextSignal;
import org.kasuhara.text.internal.CharClasses;

/** Derives the facts the rules match from one case, its policy and the rule set's text analyser. */
final class FactDeriver {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final GuidelineCatalogue catalogue;

    FactDeriver(GuidelineCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<Object> derive(Case complaint, Policy policy, TextAnalyzer analyzer, TextNet net) {
        List<Object> facts = new ArrayList<>();
        facts.add(complaint);
        facts.add(policy);
        for (int i = 0; i < complaint.observations().size(); i++) {
            facts.add(new ObservationFact(i, complaint.observations().get(i).behaviour()));
            String weapon = WeaponTerms.find(complaint.observations().get(i).note());
            if (weapon != null) {
                facts.add(new WeaponNoted(i, weapon));
            }
        }
        Validity validity = validity(complaint.facts());
        long loss = complaint.facts().purchaseAmountYen() == null ? 0 : complaint.facts().purchaseAmountYen();
        facts.add(new Established(validity, loss));
        for (int i = 0; i < complaint.demands().size(); i++) {
            Demand demand = complaint.demands().get(i);
            var info = catalogue.demandType(demand.type());
            facts.add(new DemandFact(i, demand.type(), demand.amountOrZero(),
                    DocumentedCost.lossFor(complaint, demand, loss), info.validity(), validity, info.gain(),
                    OffPremises.named(demand.text()), StaffIdentity.only(demand.text())));
        }
        for (int i = 0; i < complaint.contacts().size(); i++) {
            Contact contact = complaint.contacts().get(i);
            ContactFact fact = contactFact(i, contact, complaint.channel(), policy);
            facts.add(fact);
            if (contact.text() != null && !contact.text().isBlank()) {
                Speaker speaker = fact.customerWritten() ? Speaker.CUSTOMER : Speaker.STAFF_NARRATIVE;
                String illness = fact.customerWritten() ? null : IllnessTerms.find(contact.text());
                if (illness != null) {
                    facts.add(new IllnessNoted(i, illness));
                }
                List<TextSignal> signals = analyzer.analyze(new TextInput(i, contact.text(), complaint.language(),
                        speaker));
                facts.addAll(signals);
                if (net != null && net.doubt() > 0) {
                    doubts(contact.text(), signals, net, facts);
                }
                // The net is asked only where the lexicons found nothing at all, the one place its rule looks.
                if (net != null && signals.isEmpty()) {
                    double score = net.score(contact.text());
                    if (score >= net.threshold()) {
                        facts.add(new NetScore(i, score, net.threshold()));
                    }
                }
            }
        }
        facts.add(new RepeatCount(complaint.matter(), RepeatWindow.maxInWindow(complaint.contacts(),
                policy.repeatWindowDays()), policy.repeatWindowDays()));
        return facts;
    }

    /** How far either side of a term the net reads its sentence in a run-on text. */
    static final int SENTENCE_REACH = 300;

    /** A {@link NetDoubt} for each signal of a softenable kind whose sentence reads as ordinary talk. */
    private static void doubts(String text, List<TextSignal> signals, TextNet net, List<Object> facts) {
        int scoredFrom = -1;
        int scoredTo = -1;
        double score = 0;
        for (TextSignal signal : signals) {
            if (signal.isEvidence() && NetDoubt.CATEGORIES.contains(signal.category())) {
                int[] around = CharClasses.sentenceAround(text, signal.start(), signal.end(), SENTENCE_REACH);
                // with its closing mark, as the net's training sentences are written
                int to = around[1] < text.length() && CharClasses.isSentenceEnd(text.charAt(around[1]))
                        ? around[1] + 1 : around[1];
                int[] read = signal.attribution() == Attribution.CUSTOMER
                        ? SpeechMarks.inside(text, around[0], to, signal.start(), signal.end())
                        : new int[] {around[0], to};
                if (read[0] != scoredFrom || read[1] != scoredTo) { // signals in one sentence share its score
                    scoredFrom = read[0];
                    scoredTo = read[1];
                    score = net.score(text.substring(scoredFrom, scoredTo).strip());
                }
                if (score < net.doubt()) {
                    facts.add(new NetDoubt(signal, score, net.doubt()));
                }
            }
        }
    }

    static Validity validity(Facts facts) {
        if (Boolean.FALSE.equals(facts.relatedToService()) || Boolean.FALSE.equals(facts.defectConfirmed())) {
            return Validity.LACKS_VALIDITY;
        }
        return Boolean.TRUE.equals(facts.defectConfirmed()) ? Validity.VALID : Validity.UNKNOWN;
    }

    private static ContactFact contactFact(int index, Contact contact, Channel caseChannel, Policy policy) {
        Channel channel = contact.channel() == null ? caseChannel : contact.channel();
        OffsetDateTime start = contact.start();
        ZonedDateTime localStart = start == null ? null : start.atZoneSameInstant(policy.zone());
        boolean offHours = localStart != null && policy.isOffHours(localStart.toLocalTime());
        String range = localStart == null ? "time unknown" : TIME.format(localStart) + (contact.end() == null ? ""
                : "–" + TIME.format(contact.end().atZoneSameInstant(policy.zone())));
        boolean customerWritten = channel.isWrittenByCustomer() && (contact.staff() == null
                || contact.text() == null || !NarrativeVoice.isStaffNote(contact.text()));
        return new ContactFact(index, channel, start, contact.end(), contact.duration().toMinutes(), offHours,
                contact.exitRequestCount(), customerWritten, range);
    }
}
