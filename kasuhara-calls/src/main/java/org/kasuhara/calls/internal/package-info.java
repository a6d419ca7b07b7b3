/** The live call monitor's internals. Not API: may change at any time. */
package org.kasuhara.calls.internal;
