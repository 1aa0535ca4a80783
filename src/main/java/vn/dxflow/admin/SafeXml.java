package vn.dxflow.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an uploaded model before Camunda sees it, with DOCTYPE declarations refused outright: no external
 * entity, no entity expansion (OWASP XXE prevention cheat sheet, "disallow-doctype-decl"). BPMN files from
 * Camunda Modeler or bpmn-js never carry a DOCTYPE, so refusing it costs nothing.
 */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Errors become exceptions (and the refusal), instead of Xerces' default printing to stderr.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw rejected("Tệp mô hình có khai báo DOCTYPE (có thể chứa thực thể ngoài – tấn công XXE): DXFlow "
                        + "không chấp nhận. Hãy xóa toàn bộ phần <!DOCTYPE …> ở đầu tệp rồi tải lên lại.");
            }
            throw rejected("Tệp không phải XML hợp lệ (dòng " + e.getLineNumber() + ", cột " + e.getColumnNumber()
                    + "): " + e.getMessage() + " Hãy mở tệp bằng Camunda Modeler, lưu lại rồi tải lên lại.");
        } catch (SAXException | IOException e) {
            throw rejected("Không đọc được tệp XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser without the XXE protections", e);
        }
    }

    private static RefusedException rejected(String message) {
        return new RefusedException(List.of(Problem.ofModel(message)));
    }
}
