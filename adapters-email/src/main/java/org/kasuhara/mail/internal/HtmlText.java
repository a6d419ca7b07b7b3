// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML body into plain text for analysis: block elements and {@code <br>} become line breaks, scripts and
 * styles are dropped (never run), and quoted blocks ({@code <blockquote>}, Gmail's and Outlook's quote containers)
 * become {@code > } lines so that {@link QuoteSplitter} keeps them apart from the new text.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer");

    private HtmlText() {
    }

    /**
     * @param html an HTML document or fragment
     * @return its text, one line per block
     */
    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, template, object, embed, iframe").remove();
        doc.select("div.gmail_quote, div#appendonsend ~ *, div.moz-cite-prefix ~ blockquote").wrap("<blockquote>");
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText().replaceAll("[\\s&&[^\\u3000]]+", " ");
                    if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                        value = value.stripLeading();
                        if (!value.isEmpty()) {
                            out.append(quoteDepth(node) > 0 ? "> " : "");
                        }
                    }
                    out.append(value);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals(
                        "blockquote"))) {
                    newLine(out);
                }
            }
        }, doc.body());
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static int quoteDepth(Node node) {
        int depth = 0;
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("blockquote")) {
                depth++;
            }
        }
        return depth;
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
