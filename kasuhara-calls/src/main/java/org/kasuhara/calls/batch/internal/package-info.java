/** Batch analysis internals: parsers, the sliding-window aggregator, the external sort. Not API. */
package org.kasuhara.calls.batch.internal;
