// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;

/** Rules, engines, keys and records shared by the tests. */
final class Fixtures {
    static final RuleSet RULES = RuleSet.compile(RuleSource.defaults());
    static final TriageEngine ENGINE = TriageEngine.builder().ruleSet(RULES).build();
    static final byte[] KEY = "a secret of sixteen bytes or more".getBytes();
    static final String PHONE = "+81-90-1234-5678";
    static final String NAME = "中村五郎";

    private Fixtures() {
    }

    /** @param local e.g. {@code 2026-11-20T14:00} in Japan */
    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+09:00").toInstant();
    }

    static String iso(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(9)).toString();
    }

    static String started(String callId, String matter, Instant at) {
        return "{\"type\":\"started\",\"callId\":\"" + callId + "\",\"caller\":\"" + PHONE + "\",\"matter\":\""
                + matter + "\",\"at\":\"" + iso(at) + "\"}";
    }

    static String ended(String callId, Instant at) {
        return "{\"type\":\"ended\",\"callId\":\"" + callId + "\",\"at\":\"" + iso(at) + "\"}";
    }

    static String transcript(String callId, int seq, String text, Instant at) {
        return "{\"type\":\"transcript\",\"callId\":\"" + callId + "\",\"seq\":" + seq + ",\"text\":\"" + text
                + "\",\"at\":\"" + iso(at) + "\"}";
    }

    /** A legitimate refund request by phone, with the applicant's name and phone number. */
    static String phoneCase(String id) {
        return "{\"id\":\"" + id + "\",\"receivedAt\":\"2026-11-30T15:40:00+09:00\",\"channel\":\"PHONE\","
                + "\"language\":\"ja\",\"applicant\":{\"name\":\"" + NAME + "\",\"phone\":\"" + PHONE + "\"},"
                + "\"demands\":[{\"type\":\"REFUND\",\"amountYen\":3000}],"
                + "\"facts\":{\"defectConfirmed\":true,\"relatedToService\":true,\"purchaseAmountYen\":3000},"
                + "\"contacts\":[{\"channel\":\"PHONE\",\"start\":\"2026-11-30T15:40:00+09:00\","
                + "\"end\":\"2026-11-30T15:45:00+09:00\",\"staff\":\"op-1\",\"text\":\"届いたケーキが潰れていました。"
                + "返金をお願いできますか。\"}]}";
    }

    static Properties driverProperties(Path stateDir) {
        Properties props = new Properties();
        props.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, "kasuhara-test");
        props.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.setProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return props;
    }

    static Path copyDefaultRules(Path dir) throws IOException {
        for (RuleFile file : RuleSource.defaults().files()) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
        return dir;
    }
}
