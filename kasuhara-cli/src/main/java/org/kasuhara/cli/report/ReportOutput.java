// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.report;

import org.kasuhara.cli.ExitCodes;
import org.kasuhara.cli.io.Labels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kasuhara.pdf.PdfException;
import org.kasuhara.pdf.PdfRenderer;
import org.kasuhara.cases.report.MonthlyReport;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code -o FILE} options of the report commands, and writing the result. */
public final class ReportOutput {
    /** The formats a report can be written in; CSV for the monthly totals only. */
    public enum Format { JSON, HTML, PDF, CSV }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {
        "出力ファイル（省略時は標準出力。PDF では必須）。", "Output file (default: standard output; required for PDF)."})
    Path output;

    /** Writes text to the output file or standard output. */
    public int writeText(PrintWriter out, PrintWriter err, Labels labels, String text) {
        if (output == null) {
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
            out.flush();
            return ExitCodes.OK;
        }
        return writeBytes(err, labels, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the monthly totals as CSV: a file starts with a UTF-8 byte order mark so that Excel reads the Japanese
     * correctly ({@link MonthlyReport#toCsvBytes()}); standard output has none, for pipes.
     */
    public int writeCsv(PrintWriter out, PrintWriter err, Labels labels, MonthlyReport report) {
        return output == null ? writeText(out, err, labels, report.toCsv())
                : writeBytes(err, labels, report.toCsvBytes());
    }

    /** Renders XHTML as PDF into the output file; PDF never goes to standard output. */
    public int writePdf(PrintWriter err, Labels labels, String xhtml) {
        if (output == null) {
            err.println(labels.of("PDF には -o FILE が必要です", "PDF needs -o FILE"));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        byte[] pdf;
        try {
            pdf = PdfRenderer.standard().render(xhtml);
        } catch (PdfException e) {
            err.println(labels.of("PDF を作成できません: ", "cannot make the PDF: ") + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        return writeBytes(err, labels, pdf);
    }

    private int writeBytes(PrintWriter err, Labels labels, byte[] bytes) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(output, bytes);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(labels.of("書き込めません: ", "cannot write: ") + output + " (" + e.getMessage() + ")");
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
    }
}
