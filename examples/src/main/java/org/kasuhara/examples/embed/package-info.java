/** A short, runnable example of embedding the Kasuhara engine in an application. */
package org.kasuhara.examples.embed;
