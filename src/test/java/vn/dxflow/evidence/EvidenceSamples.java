package vn.dxflow.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made in the test: their first bytes are what the media-type sniffer looks at. */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    public static byte[] windowsExecutable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    /** A Word document with one more entry of the given content. */
    static byte[] docxWith(String entry, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String part : List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml")) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write(("<xml>" + part + "</xml>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] repeat(byte value, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }

    /**
     * A criterion of the Kon Tum commune catalog that no other test of this JVM uses, for the shared dossiers of the
     * evidence tests (Lào Cai communes, year {@value #YEAR}): tests never meet each other's documents. Evidence
     * must belong to a criterion of the unit's catalog that year, so the codes are real ones.
     */
    static String freshCriterion() {
        int next = NEXT_CRITERION.getAndIncrement();
        if (next >= KONTUM_COMMUNE.size()) {
            throw new IllegalStateException("The evidence tests used every criterion of the catalog: use another unit");
        }
        return KONTUM_COMMUNE.get(next);
    }

    /** The year of the evidence tests' campaign (src/test/resources/campaigns/test-10-2031.yaml). */
    static final int YEAR = 2031;
    private static final AtomicInteger NEXT_CRITERION = new AtomicInteger();
    /** The 38 criteria of catalogs/kontum-2025-commune.yaml: CQS-1…24, KTS-1…5, XHS-1…9. */
    private static final List<String> KONTUM_COMMUNE = Stream.of(
                    IntStream.rangeClosed(1, 24).mapToObj(i -> "CQS-" + i),
                    IntStream.rangeClosed(1, 5).mapToObj(i -> "KTS-" + i),
                    IntStream.rangeClosed(1, 9).mapToObj(i -> "XHS-" + i))
            .flatMap(codes -> codes).toList();
}
