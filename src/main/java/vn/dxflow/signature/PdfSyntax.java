package vn.dxflow.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PDF objects straight from the file bytes (ISO 32000-1 7.2 and 7.3), without any of the repairs a viewer's
 * parser makes: what is read is what is written. Dictionaries become maps keyed by name, arrays lists, integers
 * {@code Long}, reals {@code Double}, names {@link Name}, references {@link Ref}, strings {@link Text} (where they are,
 * decoded only when asked: a signature's /Contents is large). Hostile input cannot make it slow or deep: every step
 * consumes bytes and nesting is bounded.
 */
final class PdfSyntax {

    /** A name object, /Type. */
    record Name(String value) {
    }

    /** An indirect reference, "12 0 R". */
    record Ref(long number, int generation) {
    }

    /** A string object at [start, end) of the file, delimiters included. */
    record Text(int start, int end, boolean hex) {

        /** The string's bytes (ISO 32000-1 7.3.4): hexadecimal digits, or a literal with its escapes resolved. */
        byte[] bytes(byte[] pdf) {
            return hex ? hexBytes(pdf, start + 1, end - 1) : literalBytes(pdf, start + 1, end - 1);
        }
    }

    /** Thrown for anything that is not well-formed PDF syntax where it is read. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private static final int MAX_DEPTH = 64;
    private static final Object NULL = new Object();
    /** The value of each hexadecimal digit, -1 for other bytes. */
    private static final int[] HEX = new int[256];

    static {
        java.util.Arrays.fill(HEX, -1);
        for (int i = 0; i < 16; i++) {
            HEX["0123456789abcdef".charAt(i)] = i;
            HEX["0123456789ABCDEF".charAt(i)] = i;
        }
    }

    private final byte[] pdf;
    private final int end;
    private int position;

    PdfSyntax(byte[] pdf, int position) {
        this(pdf, position, pdf.length);
    }

    /** Reads only within [0, end): a revision is read without what was appended to it. */
    PdfSyntax(byte[] pdf, int position, int end) {
        this.pdf = pdf;
        this.end = end;
        this.position = position;
    }

    int position() {
        return position;
    }

    void seek(int offset) {
        position = offset;
    }

    static boolean isWhitespace(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean isDelimiter(int b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                || b == '/' || b == '%';
    }

    /** Skips white space and comments. */
    void skipSpace() {
        while (position < end) {
            int b = pdf[position];
            if (isWhitespace(b)) {
                position++;
            } else if (b == '%') {
                while (position < end && pdf[position] != '\n' && pdf[position] != '\r') {
                    position++;
                }
            } else {
                return;
            }
        }
    }

    /** The regular characters from here (a keyword or number), after white space; empty at a delimiter. */
    String token() {
        skipSpace();
        int start = position;
        while (position < end && !isWhitespace(pdf[position]) && !isDelimiter(pdf[position])) {
            position++;
        }
        return new String(pdf, start, position - start, StandardCharsets.ISO_8859_1);
    }

    void expect(String keyword) throws Malformed {
        int at = position;
        String found = token();
        if (!keyword.equals(found)) {
            throw new Malformed("expected '" + keyword + "' at offset " + at + ", found '" + shorten(found) + "'");
        }
    }

    long nonNegativeInteger() throws Malformed {
        int at = position;
        String token = token();
        if (token.isEmpty() || token.length() > 18 || !token.chars().allMatch(Character::isDigit)) {
            throw new Malformed("expected a non-negative integer at offset " + at + ", found '" + shorten(token) + "'");
        }
        return Long.parseLong(token);
    }

    /** One direct object, or a reference. */
    Object object() throws Malformed {
        Object value = object(0);
        if (value == NULL) {
            return null;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> dictionary() throws Malformed {
        int at = position;
        if (!(object() instanceof Map<?, ?> dictionary)) {
            throw new Malformed("expected a dictionary at offset " + at);
        }
        return (Map<String, Object>) dictionary;
    }

    private Object object(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw new Malformed("objects nested deeper than " + MAX_DEPTH + " at offset " + position);
        }
        skipSpace();
        if (position >= end) {
            throw new Malformed("unexpected end of the revision at offset " + position);
        }
        int b = pdf[position];
        if (b == '/') {
            position++;
            int start = position;
            while (position < end && !isWhitespace(pdf[position]) && !isDelimiter(pdf[position])) {
                position++;
            }
            return new Name(unescape(new String(pdf, start, position - start, StandardCharsets.ISO_8859_1)));
        }
        if (b == '<' && position + 1 < end && pdf[position + 1] == '<') {
            position += 2;
            return dictionaryBody(depth);
        }
        if (b == '<') {
            return hexString();
        }
        if (b == '(') {
            return literalString();
        }
        if (b == '[') {
            position++;
            List<Object> array = new ArrayList<>();
            while (true) {
                skipSpace();
                if (position < end && pdf[position] == ']') {
                    position++;
                    return array;
                }
                array.add(object(depth + 1));
            }
        }
        return numberReferenceOrKeyword();
    }

    /** ISO 32000-1 7.3.5: #xx in a name stands for the byte xx. */
    private static String unescape(String name) throws Malformed {
        if (name.indexOf('#') < 0) {
            return name;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '#' && i + 2 < name.length()) {
                try {
                    text.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    throw new Malformed("bad escape in name /" + shorten(name));
                }
                i += 2;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private Map<String, Object> dictionaryBody(int depth) throws Malformed {
        Map<String, Object> dictionary = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (position + 1 < end && pdf[position] == '>' && pdf[position + 1] == '>') {
                position += 2;
                return dictionary;
            }
            int at = position;
            if (!(object(depth + 1) instanceof Name key)) {
                throw new Malformed("dictionary key is not a name at offset " + at);
            }
            Object value = object(depth + 1);
            // ISO 32000-1 7.3.7: an entry whose value is null is equivalent to an absent entry
            if (value != NULL) {
                dictionary.put(key.value(), value);
            }
        }
    }

    private Object numberReferenceOrKeyword() throws Malformed {
        int at = position;
        String token = token();
        if (token.isEmpty()) {
            throw new Malformed("unexpected '" + (char) pdf[position] + "' at offset " + at);
        }
        if (isInteger(token)) {
            int after = position;
            String generation = token();
            if (isInteger(generation) && !generation.startsWith("-") && "R".equals(token())) {
                return new Ref(Long.parseLong(token), Integer.parseInt(generation));
            }
            position = after;
            return Long.parseLong(token);
        }
        return switch (token) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> NULL;
            default -> real(token, at);
        };
    }

    private static Object real(String token, int at) throws Malformed {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new Malformed("unexpected keyword '" + shorten(token) + "' at offset " + at);
        }
    }

    private static boolean isInteger(String token) {
        int start = token.startsWith("-") || token.startsWith("+") ? 1 : 0;
        return token.length() > start && token.length() <= 18 && token.chars().skip(start).allMatch(Character::isDigit);
    }

    private Text hexString() throws Malformed {
        int start = position;
        while (position < end && pdf[position] != '>') {
            position++;
        }
        if (position >= end) {
            throw new Malformed("unterminated hexadecimal string at offset " + start);
        }
        position++;
        return new Text(start, position, true);
    }

    private Text literalString() throws Malformed {
        int start = position;
        int open = 0;
        while (position < end) {
            int b = pdf[position++];
            if (b == '\\') {
                position++;
            } else if (b == '(') {
                open++;
            } else if (b == ')' && --open == 0) {
                return new Text(start, position, false);
            }
        }
        throw new Malformed("unterminated string at offset " + start);
    }

    /** Hexadecimal digits in [from, to), white space skipped, a missing last digit read as 0 (7.3.4.3). */
    static byte[] hexBytes(byte[] pdf, int from, int to) {
        byte[] bytes = new byte[(to - from + 1) / 2];
        int count = 0;
        int high = -1;
        for (int i = from; i < to; i++) {
            int digit = HEX[pdf[i] & 0xFF];
            if (digit < 0) {
                continue;
            }
            if (high < 0) {
                high = digit;
            } else {
                bytes[count++] = (byte) (high << 4 | digit);
                high = -1;
            }
        }
        if (high >= 0) {
            bytes[count++] = (byte) (high << 4);
        }
        return java.util.Arrays.copyOf(bytes, count);
    }

    /** The bytes of [from, to) when it holds only hexadecimal digits, an even number of them; null otherwise. */
    static byte[] strictHexBytes(byte[] pdf, int from, int to) {
        if ((to - from) % 2 != 0) {
            return null;
        }
        byte[] bytes = new byte[(to - from) / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = HEX[pdf[from + 2 * i] & 0xFF];
            int low = HEX[pdf[from + 2 * i + 1] & 0xFF];
            if ((high | low) < 0) {
                return null;
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        return bytes;
    }

    private static byte[] literalBytes(byte[] pdf, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            int b = pdf[i] & 0xFF;
            if (b == '\\' && i + 1 < to) {
                int next = pdf[++i] & 0xFF;
                switch (next) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case '\r' -> i += i + 1 < to && pdf[i + 1] == '\n' ? 1 : 0; // line continuation
                    case '\n' -> { }
                    default -> {
                        if (next >= '0' && next <= '7') {
                            int value = next - '0';
                            for (int digits = 1; digits < 3 && i + 1 < to && pdf[i + 1] >= '0' && pdf[i + 1] <= '7'; digits++) {
                                value = value * 8 + (pdf[++i] - '0');
                            }
                            out.write(value);
                        } else {
                            out.write(next);
                        }
                    }
                }
            } else if (b == '\r') {
                out.write('\n'); // 7.3.4.2: an end-of-line in a literal string is a line feed
                if (i + 1 < to && pdf[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** True when the bytes at the current position, after white space, start with the keyword. */
    boolean at(String keyword) {
        skipSpace();
        byte[] expected = keyword.getBytes(StandardCharsets.ISO_8859_1);
        if (position + expected.length > end) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (pdf[position + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String token) {
        return token.length() > 20 ? token.substring(0, 20) + "…" : token;
    }
}
