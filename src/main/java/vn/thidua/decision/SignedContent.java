package vn.thidua.decision;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * What a signed upload signed: the document the system generated for this decision, byte for byte,
 * followed by one incremental update that adds the signature and nothing else. The update may add
 * the signature field and its widget, the form that holds it, and touch what signing tools touch
 * without changing what a reader sees (document information, XMP metadata, /Perms, /DSS); every
 * other object reachable from the catalog must be as generated.
 */
final class SignedContent {

    /** Catalog entries a signing tool may add or change. */
    private static final Set<COSName> CATALOG_MAY_CHANGE = Set.of(
            COSName.ACRO_FORM,
            COSName.PERMS,
            COSName.getPDFName("DSS"),
            COSName.METADATA,
            COSName.VERSION,
            COSName.getPDFName("Extensions"));

    private SignedContent() {}

    /**
     * The message key of what is wrong, or null when the upload is the generated document with only
     * its signature added.
     */
    static String problem(byte[] upload, byte[] generated) {
        if (upload.length <= generated.length
                || !Arrays.equals(upload, 0, generated.length, generated, 0, generated.length)) {
            return "validation.signature.otherDocument";
        }
        try (PDDocument original = Loader.loadPDF(generated);
                PDDocument signed = Loader.loadPDF(upload)) {
            List<PDSignature> signatures = signed.getSignatureDictionaries();
            if (signatures.size() != 1 || signatures.get(0).getByteRange()[1] < generated.length) {
                return "validation.signature.otherDocument";
            }
            return sameBut(
                            original.getDocumentCatalog().getCOSObject(),
                            signed.getDocumentCatalog().getCOSObject())
                    ? null
                    : "validation.signature.contentChanged";
        } catch (IOException | RuntimeException e) {
            return "validation.signature.otherDocument";
        }
    }

    private static boolean sameBut(COSDictionary original, COSDictionary signed) throws IOException {
        Set<COSName> keys = new HashSet<>(original.keySet());
        keys.addAll(signed.keySet());
        Set<String> seen = new HashSet<>();
        for (COSName key : keys) {
            if (CATALOG_MAY_CHANGE.contains(key)) {
                continue;
            }
            if (!same(original.getItem(key), signed.getItem(key), seen)) {
                return false;
            }
        }
        COSBase form = signed.getDictionaryObject(COSName.ACRO_FORM);
        return !(form instanceof COSDictionary acroForm)
                || onlySignatureFields(acroForm.getDictionaryObject(COSName.FIELDS));
    }

    /** Deep equality of two objects of the two revisions; a page may gain signature widgets only. */
    private static boolean same(COSBase a, COSBase b, Set<String> seen) throws IOException {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof COSObject ra) {
            if (!(b instanceof COSObject rb)
                    || ra.getObjectNumber() != rb.getObjectNumber()
                    || ra.getGenerationNumber() != rb.getGenerationNumber()) {
                return false;
            }
            if (!seen.add(ra.getObjectNumber() + " " + ra.getGenerationNumber())) {
                return true;
            }
            return same(ra.getObject(), rb.getObject(), seen);
        }
        if (b instanceof COSObject) {
            return false;
        }
        if (a instanceof COSStream sa) {
            return b instanceof COSStream sb && sameDictionary(sa, sb, seen) && sameBytes(sa, sb);
        }
        if (a instanceof COSDictionary da) {
            return b instanceof COSDictionary db && !(b instanceof COSStream) && sameDictionary(da, db, seen);
        }
        if (a instanceof COSArray aa) {
            if (!(b instanceof COSArray ab) || aa.size() != ab.size()) {
                return false;
            }
            for (int i = 0; i < aa.size(); i++) {
                if (!same(aa.get(i), ab.get(i), seen)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean sameDictionary(COSDictionary a, COSDictionary b, Set<String> seen) throws IOException {
        boolean page = COSName.PAGE.equals(a.getCOSName(COSName.TYPE));
        Set<COSName> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (COSName key : keys) {
            if (page && COSName.ANNOTS.equals(key)) {
                if (!onlyWidgetsAdded(a.getDictionaryObject(key), b.getDictionaryObject(key), seen)) {
                    return false;
                }
            } else if (!same(a.getItem(key), b.getItem(key), seen)) {
                return false;
            }
        }
        return true;
    }

    /** The page keeps its annotations and gains only widgets of signature fields. */
    private static boolean onlyWidgetsAdded(COSBase original, COSBase signed, Set<String> seen) throws IOException {
        COSArray before = original instanceof COSArray a ? a : new COSArray();
        if (!(signed instanceof COSArray after) || after.size() < before.size()) {
            return original == null && signed == null;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!same(before.get(i), after.get(i), seen)) {
                return false;
            }
        }
        for (int i = before.size(); i < after.size(); i++) {
            if (!(after.getObject(i) instanceof COSDictionary widget)
                    || !COSName.WIDGET.equals(widget.getCOSName(COSName.SUBTYPE))
                    || !signatureField(widget)) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySignatureFields(COSBase fields) {
        if (!(fields instanceof COSArray array)) {
            return fields == null;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.getObject(i) instanceof COSDictionary field) || !signatureField(field)) {
                return false;
            }
        }
        return true;
    }

    private static boolean signatureField(COSDictionary field) {
        COSDictionary f = field;
        for (int depth = 0; f != null && depth < 8; depth++) {
            if (f.containsKey(COSName.FT)) {
                return COSName.SIG.equals(f.getCOSName(COSName.FT));
            }
            f = f.getCOSDictionary(COSName.PARENT);
        }
        return false;
    }

    private static boolean sameBytes(COSStream a, COSStream b) throws IOException {
        try (InputStream ia = a.createRawInputStream();
                InputStream ib = b.createRawInputStream()) {
            return Arrays.equals(ia.readAllBytes(), ib.readAllBytes());
        }
    }
}
