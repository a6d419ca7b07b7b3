// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

/**
 * Kasuhara on Kafka Streams: call events to call alerts (the live monitor's rules, one caller's state per key in
 * changelogged stores), cases to assessments, bad records to a dead-letter topic, exactly once.
 * {@link org.kasuhara.streams.KasuharaTopology} builds the topology for a host's own Streams application;
 * {@link org.kasuhara.streams.KasuharaStreamsApp} runs it from a properties file.
 */
package org.kasuhara.streams;
