/** Internals of the PDF adapter. Not API: may change at any time. */
package org.kasuhara.pdf.internal;
