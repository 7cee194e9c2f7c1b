package vn.thidua.organization;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A pull parser over one part of a workbook, with the helpers the streamed reading shares. The JDK's
 * own StAX parser hands text over in pieces of at most 16 KB; texts are kept only up to the length
 * asked for, so no cell, however long in the file, is held whole.
 */
final class SheetXml implements AutoCloseable {

    private static final int MAX_DEPTH = 64;
    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final InputStream in;
    private int depth;

    SheetXml(InputStream in) {
        this.in = in;
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new XlsxPackage.Malformed("xml: " + e.getMessage());
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** The next start or end tag (text between tags skipped); false at the end of the part. */
    boolean nextTag() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > MAX_DEPTH) {
                        throw new XlsxPackage.Malformed("nested too deep");
                    }
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw new XlsxPackage.Malformed("xml: " + e.getMessage());
        }
    }

    boolean isStart(String name) {
        return xml.getEventType() == XMLStreamConstants.START_ELEMENT
                && xml.getLocalName().equals(name);
    }

    boolean isStart() {
        return xml.getEventType() == XMLStreamConstants.START_ELEMENT;
    }

    boolean isEnd(String name) {
        return xml.getEventType() == XMLStreamConstants.END_ELEMENT
                && xml.getLocalName().equals(name);
    }

    String name() {
        return xml.getLocalName();
    }

    /** The attribute by its local name, any namespace; null when absent. */
    String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    int depth() {
        return depth;
    }

    /** Positioned on a start tag: moves past its end tag. */
    void skip() {
        int until = depth - 1;
        while (depth > until) {
            if (!nextTag()) {
                throw new XlsxPackage.Malformed("unexpected end");
            }
        }
    }

    /**
     * Positioned on a start tag: appends its text (and its descendants', except phonetic runs) to
     * {@code into} up to {@code max} characters, moves past its end tag, and returns the full length.
     */
    int text(StringBuilder into, int max) {
        int until = depth - 1;
        int length = 0;
        try {
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new XlsxPackage.Malformed("nested too deep");
                        }
                        if (xml.getLocalName().equals("rPh")
                                || xml.getLocalName().equals("rPr")) {
                            skip();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (--depth == until) {
                            return length;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS,
                            XMLStreamConstants.CDATA,
                            XMLStreamConstants.SPACE,
                            XMLStreamConstants.ENTITY_REFERENCE -> {
                        int n = xml.getTextLength();
                        int room = max - into.length();
                        if (room > 0) {
                            into.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, n));
                        }
                        length += n;
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw new XlsxPackage.Malformed("unexpected end");
                    default -> {
                        // comments and instructions carry no cell text
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new XlsxPackage.Malformed("xml: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | java.io.IOException e) {
            // nothing more to read
        }
    }
}
