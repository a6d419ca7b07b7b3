// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes scenario results as a JUnit XML report in the Surefire format, which CI servers (Jenkins, GitLab,
 * GitHub Actions reporters) read: one {@code testsuite}, one {@code testcase} per scenario with the file as
 * {@code classname}, a {@code failure} listing the differences, an {@code error} when assessing failed.
 */
public final class JUnitXmlReport {
    private JUnitXmlReport() {
    }

    /**
     * Writes the report to a file, creating its parent folders.
     *
     * @param suite   the suite's name, e.g. the rule set's name
     * @param results the results
     * @param file    where to write
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(String suite, List<ScenarioResult> results, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(suite, results, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes the report as UTF-8.
     *
     * @param suite   the suite's name
     * @param results the results
     * @param out     where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public static void write(String suite, List<ScenarioResult> results, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", clean(suite));
            xml.writeAttribute("tests", String.valueOf(results.size()));
            xml.writeAttribute("failures", String.valueOf(results.stream()
                    .filter(r -> !r.passed() && !r.errored()).count()));
            xml.writeAttribute("errors", String.valueOf(results.stream().filter(ScenarioResult::errored).count()));
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", seconds(results.stream().map(ScenarioResult::time)
                    .reduce(Duration.ZERO, Duration::plus)));
            for (ScenarioResult result : results) {
                writeCase(xml, result);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write the JUnit report", e));
        }
    }

    private static void writeCase(XMLStreamWriter xml, ScenarioResult result) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        boolean passed = result.passed();
        if (passed) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("name", clean(result.scenario().name()));
        xml.writeAttribute("classname", clean(result.file()));
        xml.writeAttribute("time", seconds(result.time()));
        if (passed) {
            return;
        }
        xml.writeCharacters("\n    ");
        if (result.errored()) {
            xml.writeStartElement("error");
            xml.writeAttribute("message", clean(result.error()));
            xml.writeAttribute("type", "error");
            xml.writeCharacters(clean(result.error()));
        } else {
            String diff = result.differences().stream().map(Difference::toString).collect(Collectors.joining("\n"));
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(result.differences().size() == 1 ? diff
                    : result.differences().size() + " differences: " + diff.replace('\n', ';')));
            xml.writeAttribute("type", "scenario");
            xml.writeCharacters(clean(result.file() + ":" + result.scenario().line() + ": " + result.scenario().name()
                    + "\n" + diff));
        }
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String seconds(Duration time) {
        return String.format(Locale.ROOT, "%.3f", time.toNanos() / 1e9);
    }

    /** StAX escapes markup but not characters XML 1.0 forbids (control characters): drop them. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
