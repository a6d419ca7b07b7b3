package org.kasuhara.web.internal;

/**
 * HTML escaping for text and attribute values. Every value from a request or the store goes through
 * {@link #escape(String)} before it reaches a page; only fragments built here are inserted raw.
 */
public final class Html {
    private Html() {
    }

    /**
     * @param text any text, may be {@code null}
     * @return the text safe inside an element or a quoted attribute ({@code & < > " '} replaced)
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
