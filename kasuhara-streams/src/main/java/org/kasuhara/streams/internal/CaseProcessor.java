// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.InvalidCaseException;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cases (Case v1 JSON) to assessments (Assessment v1 JSON) keyed by case id; bad records to the dead letters. */
final class CaseProcessor implements Processor<String, String, String, String> {
    private static final Logger LOG = LoggerFactory.getLogger(CaseProcessor.class);
    private final TriageEngine engine;
    private final CaseReader reader = new CaseReader();
    private ProcessorContext<String, String> context;

    CaseProcessor(TriageEngine engine) {
        this.engine = engine;
    }

    @Override
    public void init(ProcessorContext<String, String> value) {
        context = value;
    }

    @Override
    public void process(Record<String, String> record) {
        if (record.value() == null || record.value().isBlank()) {
            reject(record, "value: missing; expected one case (Case v1 JSON) / 値がありません: 案件 1 件の JSON が必要です");
            return;
        }
        Case complaint;
        try {
            complaint = reader.readOne(record.value());
        } catch (InvalidCaseException e) {
            reject(record, "invalid case / 不正な案件: " + e.getMessage().replace("<json>:", "line "));
            return;
        }
        Assessment assessment;
        try {
            assessment = engine.assess(complaint);
        } catch (RuntimeException e) {
            // the message of a rule failure names rules and files, never the case's contents
            reject(record, "assessment failed / 判定に失敗: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        context.forward(new Record<>(assessment.caseId(), KasuharaJson.toJson(assessment), record.timestamp()),
                TopologyWiring.ASSESSMENTS_SINK);
    }

    private void reject(Record<String, String> record, String reason) {
        LOG.warn("case record to the dead letters: {}", reason);
        DeadLetters.send(context, record, reason);
    }
}
