/**
 * Internals of the case store: the in-memory implementation, lifecycle checks and receipt numbers. Not API: may
 * change at any time.
 */
package org.kasuhara.store.internal;
