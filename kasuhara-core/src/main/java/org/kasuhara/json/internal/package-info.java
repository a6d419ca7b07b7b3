/** Internals of the JSON mapping. Not API: may change at any time. */
package org.kasuhara.json.internal;
