// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Call-centre integration: a webhook sender for the live call monitor's alerts, a tiny webhook receiver that feeds
 * CRM call events into a monitor, and a simulated CRM that exercises both. JDK only ({@code java.net.http},
 * {@code com.sun.net.httpserver}): the core knows no HTTP.
 */
package org.kasuhara.examples.crm;
