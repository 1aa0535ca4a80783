package vn.dxflow.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDListBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The incremental updates honest tools write after a signature, which EU DSS's own tests expect to leave it intact:
 * Acrobat's XMP rewrite, a number rewritten in another notation, accessibility tools' structure tree, form filling that
 * touches /DA, /DR fonts and a list box's /I, and an LTV update with a new catalog object. Made with PDFBox where it
 * writes them, by hand ({@link HandMadeRevision}) where it cannot.
 */
final class HonestUpdates {

    private HonestUpdates() {
    }

    /** The document with an XMP metadata stream, as Acrobat and most producers write one (before signing). */
    static byte[] withXmp(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp("2026-11-20T09:00:00+07:00"));
            document.getDocumentCatalog().setMetadata(metadata);
            return TestPdfs.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Acrobat rewrites the XMP packet (ModifyDate, MetadataDate) in place at every incremental save. */
    static byte[] rewriteXmp(byte[] signed) {
        return Edits.edit(signed, document -> {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            metadata.importXMPMetadata(xmp("2026-11-21T15:30:00+07:00"));
            return Set.of(metadata.getCOSObject());
        });
    }

    private static byte[] xmp(String modified) {
        return ("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" "
                + "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:ModifyDate>" + modified + "</xmp:ModifyDate>"
                + "<xmp:MetadataDate>" + modified + "</xmp:MetadataDate></rdf:Description></rdf:RDF></x:xmpmeta>"
                + "<?xpacket end=\"w\"?>").getBytes(StandardCharsets.UTF_8);
    }

    /** The page object written again with its /MediaBox in another notation of the same numbers (612.0 as 612). */
    static byte[] rewriteMediaBoxWithEqualNumbers(byte[] signed) {
        long page = pageNumber(signed);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[([^\\]]*)\\]").matcher(HandMadeRevision.body(signed, page));
        if (!box.find()) {
            throw new IllegalStateException("no /MediaBox");
        }
        StringBuilder numbers = new StringBuilder();
        for (String number : box.group(1).trim().split("\\s+")) {
            numbers.append(number.endsWith(".0") ? number.substring(0, number.length() - 2)
                    : number.contains(".") ? number + "0" : number + ".0").append(' ');
        }
        String body = box.replaceFirst("/MediaBox [" + numbers.toString().trim() + "]");
        return new HandMadeRevision(signed).object(page, body).build();
    }

    /** A tagged document (before signing): a structure tree with a Document and a paragraph element. */
    static byte[] tagged(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
            COSDictionary body = element(root, "Document", document.getPage(0));
            body.setItem(COSName.K, new COSArray(List.of(element(body, "P", document.getPage(0)))));
            root.setItem(COSName.K, body);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
            COSDictionary markInfo = new COSDictionary();
            markInfo.setBoolean(COSName.getPDFName("Marked"), true);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.MARK_INFO, markInfo);
            return TestPdfs.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An accessibility tool's update: alternate text on the existing paragraph, a new section element, the document
     * language, the page's /StructParents and a parent tree. Nothing a page shows changes.
     */
    static byte[] retag(byte[] signed) {
        return Edits.edit(signed, document -> {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary root = catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            COSDictionary body = root.getCOSDictionary(COSName.K);
            COSArray kids = body.getCOSArray(COSName.K);
            COSDictionary paragraph = (COSDictionary) kids.getObject(0);
            paragraph.setString(COSName.ALT, "Biên bản thẩm định mức độ chuyển đổi số");
            kids.add(element(body, "Sect", document.getPage(0)));
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, new COSArray(List.of(COSInteger.ZERO, new COSArray(List.of(paragraph)))));
            root.setItem(COSName.PARENT_TREE, parentTree);
            catalog.setString(COSName.LANG, "vi-VN");
            PDPage page = document.getPage(0);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
            return Set.of(catalog, root, body, paragraph, page.getCOSObject());
        });
    }

    private static COSDictionary element(COSDictionary parent, String type, PDPage page) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        element.setName(COSName.S, type);
        element.setItem(COSName.P, parent);
        element.setItem(COSName.PG, page);
        return element;
    }

    /**
     * A certified (P=2) form filled as Acrobat fills it: the note field gets a value and its own /DA, the form's
     * default resources gain a font and their existing font object an /Encoding, and the list box a selection in /V
     * and its index in /I.
     */
    static byte[] fillForm(byte[] certified) {
        return Edits.edit(certified, document -> {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            Set<COSDictionary> changed = new HashSet<>(Set.of(form.getCOSObject()));
            PDResources resources = form.getDefaultResources();
            COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
            COSDictionary helvetica = (COSDictionary) fonts.getDictionaryObject(COSName.getPDFName("Helv"));
            helvetica.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
            resources.put(COSName.getPDFName("HeBo"), new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            changed.addAll(List.of(resources.getCOSObject(), fonts, helvetica));
            PDTextField note = (PDTextField) form.getField("ghiChu");
            note.setDefaultAppearance("/Helv 10 Tf 0 0 1 rg");
            note.setValue("Da tham dinh");
            PDListBox conclusion = (PDListBox) form.getField("ketLuan");
            conclusion.setValue("Dat");
            conclusion.getCOSObject().setItem(COSName.I, new COSArray(List.of(COSInteger.ZERO)));
            for (PDAnnotationWidget widget : List.of(note.getWidgets().get(0), conclusion.getWidgets().get(0))) {
                changed.add(widget.getCOSObject());
                if (widget.getAppearance() != null) {
                    changed.add(widget.getAppearance().getCOSObject());
                    changed.add(widget.getAppearance().getNormalAppearance().getAppearanceStream().getCOSObject());
                }
            }
            changed.addAll(List.of(note.getCOSObject(), conclusion.getCOSObject()));
            return changed;
        });
    }

    /**
     * An LTV tool's update written as Acrobat writes it: a DSS with the certificates, the OCSP response, the CRL and a
     * VRI entry for the signature, and a new catalog object (same entries plus /DSS) that the trailer points to.
     */
    static byte[] ltvWithNewCatalog(byte[] signed, TestPki.Credential signer) {
        TestPki pki = TestPki.get();
        try {
            long catalog = Long.parseLong(HandMadeRevision.last(signed, "/Root (\\d+) 0 R"));
            long next = Long.parseLong(HandMadeRevision.last(signed, "/Size (\\d+)"));
            String vri = vriKey(signed);
            String catalogBody = HandMadeRevision.body(signed, catalog).replaceFirst("<<", "<< /DSS " + (next + 4) + " 0 R");
            return new HandMadeRevision(signed)
                    .object(next, stream(signer.certificate().getEncoded()))
                    .object(next + 1, stream(pki.intermediate.certificate().getEncoded()))
                    .object(next + 2, stream(pki.responder.ocspFor(signer.certificate(), pki.intermediate.certificate())))
                    .object(next + 3, stream(pki.responder.crl(pki.root, null)))
                    .object(next + 4, "<< /Type /DSS /Certs [" + next + " 0 R " + (next + 1) + " 0 R] /OCSPs [" + (next + 2)
                            + " 0 R] /CRLs [" + (next + 3) + " 0 R] /VRI << /" + vri + " << /Cert [" + next + " 0 R] /OCSP ["
                            + (next + 2) + " 0 R] >> >> >>")
                    .object(next + 5, catalogBody)
                    .root((next + 5) + " 0 R")
                    .build();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ETSI EN 319 142-1 5.4.2.3: the VRI key is the uppercase SHA-1 of the signature's /Contents value. */
    private static String vriKey(byte[] signed) {
        try (PDDocument document = Loader.loadPDF(signed)) {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(document.getLastSignatureDictionary().getContents()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stream(byte[] content) {
        return "<< /Length " + content.length + " >>\nstream\n" + new String(content, StandardCharsets.ISO_8859_1)
                + "\nendstream";
    }

    static long pageNumber(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPages().getCOSObject().getCOSArray(COSName.KIDS).get(0) instanceof COSObject page
                    ? page.getObjectNumber() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
