// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Spring Boot auto-configuration of Kasuhara, configured by {@link org.kasuhara.spring.KasuharaProperties}
 * ({@code kasuhara.*}). Every bean backs off when the application defines one of the same type.
 */
package org.kasuhara.spring;
