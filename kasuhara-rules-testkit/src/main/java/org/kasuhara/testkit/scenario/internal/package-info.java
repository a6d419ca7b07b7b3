/** Internals of scenario reading and checking. Not API: may change at any time. */
package org.kasuhara.testkit.scenario.internal;
