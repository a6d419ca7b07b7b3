// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * The counter's web face (JHA-2024): the reception form in Japanese and English, the JSON API
 * {@code /api/v1}, the staff dashboard and the printable leaflet, as servlets a host mounts
 * ({@link org.kasuhara.web.KasuharaWeb}) or a standalone Jetty server ({@link org.kasuhara.web.KasuharaServer}),
 * configured through {@link org.kasuhara.web.WebSettings}.
 */
package org.kasuhara.web;
