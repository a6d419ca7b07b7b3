/** Internals of policy loading. Not API: may change at any time. */
package org.kasuhara.policy.internal;
