// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares the computed holidays with the Cabinet Office (内閣府) list of 「国民の祝日」 for each
 * year, typed in below by hand as published (date and name). The Cabinet Office names both
 * substitute holidays and citizens' holidays simply 「休日」, so the computed names 振替休日 and
 * 国民の休日 are compared as 休日. Everything else must match exactly, including the order and
 * the absence of any extra day.
 */
class JapaneseHolidaysOfficialListTest {

    @Test
    void holidaysOf2020MatchCabinetOfficeList() {
        assertMatchesOfficialList(2020, """
                1/1 元日
                1/13 成人の日
                2/11 建国記念の日
                2/23 天皇誕生日
                2/24 休日
                3/20 春分の日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                5/6 休日
                7/23 海の日
                7/24 スポーツの日
                8/10 山の日
                9/21 敬老の日
                9/22 秋分の日
                11/3 文化の日
                11/23 勤労感謝の日
                """);
    }

    @Test
    void holidaysOf2021MatchCabinetOfficeList() {
        assertMatchesOfficialList(2021, """
                1/1 元日
                1/11 成人の日
                2/11 建国記念の日
                2/23 天皇誕生日
                3/20 春分の日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                7/22 海の日
                7/23 スポーツの日
                8/8 山の日
                8/9 休日
                9/20 敬老の日
                9/23 秋分の日
                11/3 文化の日
                11/23 勤労感謝の日
                """);
    }

    @Test
    void holidaysOf2022MatchCabinetOfficeList() {
        assertMatchesOfficialList(2022, """
                1/1 元日
                1/10 成人の日
                2/11 建国記念の日
                2/23 天皇誕生日
                3/21 春分の日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                7/18 海の日
                8/11 山の日
                9/19 敬老の日
                9/23 秋分の日
                10/10 スポーツの日
                11/3 文化の日
                11/23 勤労感謝の日
                """);
    }

    @Test
    void holidaysOf2023MatchCabinetOfficeList() {
        assertMatchesOfficialList(2023, """
                1/1 元日
                1/2 休日
                1/9 成人の日
                2/11 建国記念の日
                2/23 天皇誕生日
                3/21 春分の日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                7/17 海の日
                8/11 山の日
                9/18 敬老の日
                9/23 秋分の日
                10/9 スポーツの日
                11/3 文化の日
                11/23 勤労感謝の日
                """);
    }

    @Test
    void holidaysOf2024MatchCabinetOfficeList() {
        assertMatchesOfficialList(2024, """
                1/1 元日
                1/8 成人の日
                2/11 建国記念の日
                2/12 休日
                2/23 天皇誕生日
                3/20 春分の日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                5/6 休日
                7/15 海の日
                8/11 山の日
                8/12 休日
                9/16 敬老の日
                9/22 秋分の日
                9/23 休日
                10/14 スポーツの日
                11/3 文化の日
                11/4 休日
                11/23 勤労感謝の日
                """);
    }

    @Test
    void holidaysOf2025MatchCabinetOfficeList() {
        assertMatchesOfficialList(2025, """
                1/1 元日
                1/13 成人の日
                2/11 建国記念の日
                2/23 天皇誕生日
                2/24 休日
                3/20 春分の日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                5/6 休日
                7/21 海の日
                8/11 山の日
                9/15 敬老の日
                9/23 秋分の日
                10/13 スポーツの日
                11/3 文化の日
                11/23 勤労感謝の日
                11/24 休日
                """);
    }

    @Test
    void holidaysOf2026MatchCabinetOfficeList() {
        assertMatchesOfficialList(2026, """
                1/1 元日
                1/12 成人の日
                2/11 建国記念の日
                2/23 天皇誕生日
                3/20 春分の日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                5/6 休日
                7/20 海の日
                8/11 山の日
                9/21 敬老の日
                9/22 休日
                9/23 秋分の日
                10/12 スポーツの日
                11/3 文化の日
                11/23 勤労感謝の日
                """);
    }

    @Test
    void holidaysOf2027MatchCabinetOfficeList() {
        assertMatchesOfficialList(2027, """
                1/1 元日
                1/11 成人の日
                2/11 建国記念の日
                2/23 天皇誕生日
                3/21 春分の日
                3/22 休日
                4/29 昭和の日
                5/3 憲法記念日
                5/4 みどりの日
                5/5 こどもの日
                7/19 海の日
                8/11 山の日
                9/20 敬老の日
                9/23 秋分の日
                10/11 スポーツの日
                11/3 文化の日
                11/23 勤労感謝の日
                """);
    }

    private static void assertMatchesOfficialList(int year, String official) {
        List<String> computed = JapaneseHolidays.holidaysIn(year).stream()
                .map(h -> h.date().getMonthValue() + "/" + h.date().getDayOfMonth() + " " + cabinetOfficeName(h))
                .toList();
        assertThat(computed).as("holidays of %d", year).containsExactlyElementsOf(official.lines().toList());
    }

    /** The Cabinet Office lists both article 3 kinds of holiday under the one name 休日. */
    private static String cabinetOfficeName(Holiday holiday) {
        return switch (holiday.nameJa()) {
            case "振替休日", "国民の休日" -> "休日";
            default -> holiday.nameJa();
        };
    }
}
