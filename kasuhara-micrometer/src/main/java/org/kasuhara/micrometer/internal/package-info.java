/**
 * Implementation of the meters. Not API: it may change at any time.
 */
package org.kasuhara.micrometer.internal;
