/**
 * Internals of the web counter: servlets, pages, security filter. Not API: may change at any time.
 */
package org.kasuhara.web.internal;
