package org.kasuhara.engine;

/**
 * A compiled rule's metadata, as a rule catalogue shows it.
 *
 * @param id        the {@code @id}, stable across versions
 * @param name      the rule's name, a sentence
 * @param pkg       the DRL package ({@code signals}, {@code verdict})
 * @param file      the file that holds it
 * @param line      the line of its {@code rule} keyword
 * @param source    the {@code @source} citation
 * @param behaviour the {@code @behaviour} it derives, or {@code null}
 * @param severity  the {@code @severity} of its findings, or {@code null}
 */
public record RuleInfo(String id, String name, String pkg, String file, int line, String source, String behaviour,
                       String severity) {
}
