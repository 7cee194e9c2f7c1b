package vn.thidua.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * PAdES signatures on decision PDFs: signing with the PKCS#12 keystore set in configuration
 * ({@code thidua.signing.keystore}, {@code .password}); in evaluation mode, without one, a demo
 * keystore is created in the data directory on first use, marked DEMO in its name. Validation of a
 * PDF signed elsewhere (e.g. with a government CA token): the CMS signature must verify against the
 * signed bytes, and those bytes must be the whole file apart from the signature itself.
 */
@Component
public class Signatures {

    private static final Logger log = LoggerFactory.getLogger(Signatures.class);

    private final String keystorePath;
    private final char[] password;
    private final boolean evaluation;
    private final Path demoKeystore;
    private final java.time.Clock clock;
    private volatile Signer signer;

    Signatures(
            @Value("${thidua.signing.keystore:}") String keystorePath,
            @Value("${thidua.signing.password:}") String password,
            @Value("${thidua.signing.evaluation:true}") boolean evaluation,
            @Value("${thidua.signing.demo-keystore:${THIDUA_DATA_DIR:./data}/demo-signing.p12}") String demoKeystore,
            java.time.Clock clock) {
        this.clock = clock;
        this.keystorePath = keystorePath;
        this.password = password.toCharArray();
        this.evaluation = evaluation;
        this.demoKeystore = Path.of(demoKeystore);
    }

    /**
     * What a validation found: whether the signature holds over the whole file, who signed (the
     * certificate and those the signature carries for its chain), when, and the problem if any.
     */
    public record Validation(
            boolean valid,
            String subject,
            Instant signedAt,
            boolean coversWholeFile,
            String problem,
            X509Certificate certificate,
            List<X509Certificate> carried) {

        static Validation refused(String subject, String problem) {
            return new Validation(false, subject, null, false, problem, null, List.of());
        }
    }

    private record Signer(PrivateKey key, X509Certificate[] chain) {}

    /** In evaluation mode the demo key exists from the first start, as the README says. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void prepare() {
        if ((keystorePath == null || keystorePath.isBlank()) && evaluation) {
            signer();
        }
    }

    /** Signs the PDF (PAdES baseline, CAdES detached, SHA-256) and returns the signed file. */
    public byte[] sign(byte[] pdf, String signerName, String reason, String location) {
        Signer s = signer();
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation(location);
            signature.setSignDate(java.util.GregorianCalendar.from(java.time.ZonedDateTime.now(clock)));
            doc.addSignature(signature, content -> cms(content, s));
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the one signature of a PDF; never throws for a bad file, says why instead. The signature
     * must be the only one, verify over its byte range with the certificate it carries, and that byte
     * range must be the whole file but the hole of its own /Contents (so nothing was added after it).
     * Whether the certificate is trusted, whose it is and what was signed are for the caller.
     */
    public Validation validate(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Validation.refused(null, "validation.signature.none");
            }
            if (signatures.size() > 1) {
                return Validation.refused(null, "validation.signature.several");
            }
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            boolean whole = coversAllButItsContents(pdf, signature, range);
            byte[] signed = signature.getSignedContent(pdf);
            byte[] contents = signature.getContents(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Validation.refused(null, "validation.signature.broken");
            }
            SignerInformation info = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(info.getSID());
            if (certs.isEmpty()) {
                return Validation.refused(null, "validation.signature.noCertificate");
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate cert = converter.getCertificate(certs.iterator().next());
            List<X509Certificate> carried = new ArrayList<>();
            for (Object holder : cms.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate((X509CertificateHolder) holder));
            }
            boolean ok = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            Instant at = signature.getSignDate() == null
                    ? null
                    : signature.getSignDate().toInstant();
            String subject = cert.getSubjectX500Principal().getName();
            if (!ok) {
                return new Validation(false, subject, at, whole, "validation.signature.broken", cert, carried);
            }
            return new Validation(
                    whole, subject, at, whole, whole ? null : "validation.signature.partial", cert, carried);
        } catch (Exception e) {
            return Validation.refused(null, "validation.signature.broken");
        }
    }

    /**
     * The byte range starts at 0, ends at the end of the file, and leaves out exactly one hole: the
     * hexadecimal string that is this signature's own /Contents.
     */
    private static boolean coversAllButItsContents(byte[] pdf, PDSignature signature, int[] range) throws IOException {
        if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[3] < 0) {
            return false;
        }
        long holeEnd = range[2];
        if (holeEnd <= range[1] || holeEnd + range[3] != pdf.length) {
            return false;
        }
        if (pdf[range[1]] != '<' || pdf[(int) holeEnd - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < holeEnd - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return java.util.Arrays.equals(signature.getContents(pdf), signature.getContents());
    }

    /** The certificate of the server's signing key (the configured keystore, or the demo key). */
    public X509Certificate certificate() {
        return signer().chain()[0];
    }

    /** Whether the server signs with the evaluation demo key (no keystore configured). */
    public boolean demo() {
        return (keystorePath == null || keystorePath.isBlank()) && evaluation;
    }

    private static byte[] cms(InputStream content, Signer s) throws IOException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(s.key());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .build(contentSigner, s.chain()[0]));
            generator.addCertificates(new JcaCertStore(List.of(s.chain())));
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (GeneralSecurityException
                | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.cms.CMSException e) {
            throw new IOException(e);
        }
    }

    private Signer signer() {
        Signer s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = load();
                }
                s = signer;
            }
        }
        return s;
    }

    private Signer load() {
        try {
            Path file;
            char[] pass;
            if (keystorePath != null && !keystorePath.isBlank()) {
                file = Path.of(keystorePath);
                pass = password;
            } else if (evaluation) {
                file = demoKeystore;
                pass = "demo-signing".toCharArray();
                if (!Files.exists(file) || !demoValidNow(file, pass)) {
                    createDemo(file, pass);
                }
            } else {
                throw new IllegalStateException("no signing keystore: set thidua.signing.keystore and .password");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, pass);
            }
            String alias = store.aliases().nextElement();
            PrivateKey key = (PrivateKey) store.getKey(alias, pass);
            java.security.cert.Certificate[] chain = store.getCertificateChain(alias);
            X509Certificate[] certs = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                certs[i] = (X509Certificate) chain[i];
            }
            return new Signer(key, certs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A demo key made before the clock's today (or expired) is made again. */
    private boolean demoValidNow(Path file, char[] pass) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, pass);
        }
        X509Certificate cert =
                (X509Certificate) store.getCertificate(store.aliases().nextElement());
        try {
            cert.checkValidity(Date.from(clock.instant()));
            return true;
        } catch (java.security.cert.CertificateException e) {
            return false;
        }
    }

    /** A self-signed RSA-2048 certificate for the demo signer, valid five years from the clock's now. */
    private void createDemo(Path file, char[] pass) throws GeneralSecurityException, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=DEMO Chu tich UBND tinh Tay Ninh, O=UBND tinh Tay Ninh (DEMO), C=VN");
        Instant now = clock.instant();
        try {
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(5 * 365, ChronoUnit.DAYS)),
                            name,
                            pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("demo", pair.getPrivate(), pass, new X509Certificate[] {cert});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, pass);
            }
            log.warn("Chế độ dùng thử: đã tạo khóa ký số mẫu {} (không có giá trị pháp lý)", file.toAbsolutePath());
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
