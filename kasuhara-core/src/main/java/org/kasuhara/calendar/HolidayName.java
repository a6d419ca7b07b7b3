// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import java.time.LocalDate;

/**
 * The names of every kind of holiday this package produces, kept in one place so that the
 * Japanese and English names cannot drift apart between the rules that create them.
 */
enum HolidayName {
    NEW_YEARS_DAY("元日", "New Year's Day"),
    COMING_OF_AGE_DAY("成人の日", "Coming of Age Day"),
    NATIONAL_FOUNDATION_DAY("建国記念の日", "National Foundation Day"),
    EMPERORS_BIRTHDAY("天皇誕生日", "Emperor's Birthday"),
    VERNAL_EQUINOX_DAY("春分の日", "Vernal Equinox Day"),
    SHOWA_DAY("昭和の日", "Showa Day"),
    CONSTITUTION_MEMORIAL_DAY("憲法記念日", "Constitution Memorial Day"),
    GREENERY_DAY("みどりの日", "Greenery Day"),
    CHILDRENS_DAY("こどもの日", "Children's Day"),
    MARINE_DAY("海の日", "Marine Day"),
    MOUNTAIN_DAY("山の日", "Mountain Day"),
    RESPECT_FOR_THE_AGED_DAY("敬老の日", "Respect for the Aged Day"),
    AUTUMNAL_EQUINOX_DAY("秋分の日", "Autumnal Equinox Day"),
    /** 体育の日: the name of the October holiday until 2019. */
    HEALTH_AND_SPORTS_DAY("体育の日", "Health and Sports Day"),
    /** スポーツの日: the name of the same holiday from 2020. */
    SPORTS_DAY("スポーツの日", "Sports Day"),
    CULTURE_DAY("文化の日", "Culture Day"),
    LABOUR_THANKSGIVING_DAY("勤労感謝の日", "Labour Thanksgiving Day"),
    /** 2019-05-01, by special law. */
    ENTHRONEMENT_DAY("即位の日", "Enthronement Day"),
    /** 2019-10-22, by special law. */
    ENTHRONEMENT_CEREMONY_DAY("即位礼正殿の儀の行われる日", "Enthronement Ceremony Day"),
    /** Holiday law article 3(2). */
    SUBSTITUTE_HOLIDAY("振替休日", "Substitute Holiday"),
    /** Holiday law article 3(3). */
    CITIZENS_HOLIDAY("国民の休日", "Citizens' Holiday");

    private final String ja;
    private final String en;

    HolidayName(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    Holiday on(LocalDate date) {
        return new Holiday(date, ja, en);
    }
}
