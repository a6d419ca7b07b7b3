/**
 * Internals of the case store: the in-memory implementation and its monthly totals. Not API: may
 * change at any time.
 */
package org.kasuhara.cases.store.internal;
