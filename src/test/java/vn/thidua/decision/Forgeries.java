package vn.thidua.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** What a forger makes with BouncyCastle and PDFBox: keys, certificates, signed and altered PDFs. */
final class Forgeries {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    private Forgeries() {}

    /** A key and its certificate, issued by {@code issuer} (or by itself when null). */
    record Identity(KeyPair keys, X509Certificate certificate) {}

    static Identity selfSigned(String subject) {
        return issued(
                subject, null, true, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"));
    }

    static Identity issued(String subject, Identity issuer, boolean ca, Instant from, Instant to) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            X500Name issuerName = issuer == null
                    ? name
                    : X500Name.getInstance(
                            issuer.certificate().getSubjectX500Principal().getEncoded());
            var builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(from),
                    Date.from(to),
                    name,
                    keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(
                            ca
                                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            var signer = new JcaContentSignerBuilder("SHA256withRSA")
                    .build(issuer == null ? keys.getPrivate() : issuer.keys().getPrivate());
            return new Identity(keys, new JcaX509CertificateConverter().getCertificate(builder.build(signer)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF that has nothing to do with any decision. */
    static byte[] unrelatedPdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 14);
                text.newLineAtOffset(72, 760);
                text.showText("Giay moi hop ngay 05/02/2026");
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs a PDF (PAdES, incremental) with the given key, as a signing tool would. */
    static byte[] sign(byte[] pdf, Identity by) {
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("CHỦ TỊCH UBND TỈNH TÂY NINH");
            signature.setSignDate(
                    java.util.GregorianCalendar.from(java.time.ZonedDateTime.now(vn.thidua.TestClock.instance())));
            doc.addSignature(signature, content -> cms(content, by));
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The PDF with a white box drawn over the top of its first page, saved as an incremental update
     * after whatever it already holds (a signature included).
     */
    static byte[] whitedOutIncrementally(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream box =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                box.setNonStrokingColor(1f, 1f, 1f);
                box.addRect(50, 500, 500, 200);
                box.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] cms(InputStream content, Identity by) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(
                                    new JcaContentSignerBuilder("SHA256withRSA")
                                            .build(by.keys().getPrivate()),
                                    by.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(by.certificate())));
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (GeneralSecurityException
                | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cms.CMSException e) {
            throw new IOException(e);
        }
    }
}
