// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link Case} step by step; {@link #build()} validates as the record does. */
public final class CaseBuilder {
    private final String id;
    private final OffsetDateTime receivedAt;
    private final Channel channel;
    private String language;
    private String organization;
    private String site;
    private String matter;
    private Applicant applicant;
    private Facts facts;
    private final List<Demand> demands = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();

    CaseBuilder(String id, OffsetDateTime receivedAt, Channel channel) {
        this.id = id;
        this.receivedAt = receivedAt;
        this.channel = channel;
    }

    /** @param value {@code "ja"} or {@code "en"} @return this builder */
    public CaseBuilder language(String value) {
        this.language = value;
        return this;
    }

    /** @param value the organisation @param siteName branch or store @return this builder */
    public CaseBuilder organization(String value, String siteName) {
        this.organization = value;
        this.site = siteName;
        return this;
    }

    /** @param value what the case is about @return this builder */
    public CaseBuilder matter(String value) {
        this.matter = value;
        return this;
    }

    /** @param value the applicant @return this builder */
    public CaseBuilder applicant(Applicant value) {
        this.applicant = value;
        return this;
    }

    /** @param value the established facts @return this builder */
    public CaseBuilder facts(Facts value) {
        this.facts = value;
        return this;
    }

    /** @param value a demand to add @return this builder */
    public CaseBuilder demand(Demand value) {
        demands.add(value);
        return this;
    }

    /** @param value a contact to add @return this builder */
    public CaseBuilder contact(Contact value) {
        contacts.add(value);
        return this;
    }

    /** @param value an observation to add @return this builder */
    public CaseBuilder observation(Observation value) {
        observations.add(value);
        return this;
    }

    /**
     * Builds the case.
     *
     * @return the case
     * @throws FieldViolation when a required field is missing or a value is impossible
     */
    public Case build() {
        return new Case(id, receivedAt, channel, language, organization, site, matter, applicant, demands, facts,
                contacts, observations);
    }
}
