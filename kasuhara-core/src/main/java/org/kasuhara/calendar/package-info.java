// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Japanese business-day calendar used to compute reporting deadlines for received complaints.
 *
 * <ul>
 *   <li>{@link org.kasuhara.calendar.JapaneseHolidays} computes public holidays from the
 *       national holiday law (国民の祝日に関する法律), including substitute holidays, citizens'
 *       holidays and the special-law exceptions of 2019–2021, for 2000–2099;</li>
 *   <li>{@link org.kasuhara.calendar.BusinessDayCalendar} adds weekends and configurable
 *       organisation closures, counts business days and gives report due dates.</li>
 * </ul>
 *
 * <p>Only {@code java.time} is used. jollyday is deliberately not used: the project found its
 * Japanese holidays wrong, and computing them from the law keeps every rule reviewable here.
 */
package org.kasuhara.calendar;
