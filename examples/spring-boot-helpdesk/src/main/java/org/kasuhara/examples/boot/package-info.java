// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * A helpdesk back end on Spring Boot that embeds Kasuhara through {@code kasuhara-spring-boot-starter}: the engine is
 * a bean on the rule folder {@code kasuhara.rules}, and Actuator shows its health and meters. Not a library API.
 */
package org.kasuhara.examples.boot;
