// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * The behaviours Kasuhara recognises, after the MHLW corporate manual (2022) §B-1 and B-2, the 2025 national
 * guideline draft and Tokyo's common manual.
 *
 * <p>The first eleven are harassment whatever the demand; {@link #EXCESSIVE_DEMAND} depends on the demand's
 * validity and {@link #OFF_HOURS_CONTACT} is a time/frequency signal that calls for review on its own.
 */
public enum Behaviour {
    /** 身体的な攻撃（暴行、傷害）: assault, injury, throwing objects, spitting, grabbing. */
    PHYSICAL_ATTACK,
    /** 精神的な攻撃（脅迫、中傷、名誉毀損、侮辱、暴言）: threats, slander, insults, abusive language. */
    MENTAL_ATTACK,
    /** 威圧的な言動: shouting, glaring, banging the table, veiled threats. */
    INTIMIDATION,
    /** 土下座の要求: demanding a kneeling apology. */
    KNEELING_DEMAND,
    /** 継続的（繰り返される）、執拗な言動: repeating the same claim or contact again and again. */
    PERSISTENT_CONDUCT,
    /** 拘束的な行動: refusing to leave, sitting in, long calls, holding staff. */
    CONFINEMENT,
    /** 差別的な言動: discriminatory remarks. */
    DISCRIMINATION,
    /** 性的な言動: sexual remarks or acts, stalking, demands to meet. */
    SEXUAL,
    /** 従業員個人への攻撃、要求: demands to fire a named employee, demands for staff's private data. */
    PERSONAL_ATTACK,
    /** SNS等への投稿の脅し: threat to post on social media or in reviews. */
    SNS_EXPOSURE_THREAT,
    /** 無断撮影: filming or photographing staff without consent. */
    UNAUTHORISED_FILMING,
    /** 要求内容の妥当性を欠く要求: a demand that lacks validity or is far beyond the loss. */
    EXCESSIVE_DEMAND,
    /** 時間外の連絡: contact outside the organisation's hours (default 22:00–07:00). */
    OFF_HOURS_CONTACT
}
