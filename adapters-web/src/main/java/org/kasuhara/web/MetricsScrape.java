// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

/**
 * What {@code /metrics} serves to the counter's staff: the current meters in a text format such as Prometheus'. The
 * web adapter knows no metrics library; a host backs this with one (the command line with Micrometer's Prometheus
 * registry).
 */
public interface MetricsScrape {

    /** @return the media type of {@link #scrape()}, for example {@code text/plain; version=0.0.4; charset=utf-8} */
    String contentType();

    /** @return the meters now */
    String scrape();
}
