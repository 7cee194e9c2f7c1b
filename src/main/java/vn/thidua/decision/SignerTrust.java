package vn.thidua.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a signing certificate is one the province trusts, and whose it is. Trusted are: the
 * server's own signing certificate (the demo key in evaluation mode), certificates in the configured
 * trust store, and certificates that chain (PKIX) to a CA in it, checked for revocation when
 * configured (soft fail: an unreachable OCSP responder or CRL does not refuse). Identity: the
 * certificate's subject must be the one configured for the decision's signer account; in evaluation
 * mode the demo key stands for the default signer account.
 */
public final class SignerTrust {

    private static final Logger log = LoggerFactory.getLogger(SignerTrust.class);

    private final SigningSettings settings;
    private final Supplier<X509Certificate> serverCertificate;
    private final boolean demo;
    private final Clock clock;
    private final List<X509Certificate> trusted;

    /**
     * @param serverCertificate the server key's certificate (read lazily: the demo key is made on
     *     first use)
     * @param demo whether that key is the evaluation demo key
     */
    public SignerTrust(
            SigningSettings settings, Supplier<X509Certificate> serverCertificate, boolean demo, Clock clock) {
        this.settings = settings;
        this.serverCertificate = serverCertificate;
        this.demo = demo;
        this.clock = clock;
        this.trusted = settings.trustStore() == null
                ? List.of()
                : load(Path.of(settings.trustStore()), settings.trustStorePassword());
    }

    /** The account that signs a decision: its own, or the configured signer for older decisions. */
    public String signerAccount(String ofDecision) {
        return ofDecision == null || ofDecision.isBlank() ? settings.signerAccount() : ofDecision;
    }

    /** The subject a signer account's certificate must carry, when one is configured. */
    public Optional<X500Principal> identity(String account) {
        String configured = settings.signers().get(account);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(new X500Principal(Normalizer.normalize(configured.strip(), Normalizer.Form.NFC)));
        }
        if (demo && account.equals(settings.signerAccount())) {
            return Optional.of(serverCertificate.get().getSubjectX500Principal());
        }
        return Optional.empty();
    }

    /**
     * Why the signature's certificate may not stand for the account's signature, as a message key,
     * or empty when it may: it must be trusted (a), and its subject the account's identity (b).
     */
    public Optional<String> problem(X509Certificate certificate, List<X509Certificate> carried, String account) {
        if (certificate == null) {
            return Optional.of("validation.signature.noCertificate");
        }
        try {
            certificate.checkValidity(java.util.Date.from(clock.instant()));
        } catch (CertificateException e) {
            return Optional.of("validation.signature.expired");
        }
        Trust trust = trusted(certificate, carried);
        if (trust == Trust.REVOKED) {
            return Optional.of("validation.signature.revoked");
        }
        if (trust == Trust.UNTRUSTED) {
            return Optional.of("validation.signature.untrusted");
        }
        Optional<X500Principal> expected = identity(account);
        if (expected.isEmpty()) {
            return Optional.of("validation.signature.noSignerIdentity");
        }
        if (!sameName(expected.get(), certificate.getSubjectX500Principal())) {
            return Optional.of("validation.signature.wrongSigner");
        }
        return Optional.empty();
    }

    /**
     * The same names, whatever the order of their parts (CAs write C first or CN first): each
     * attribute type with its value, canonical (case, spaces) and in Unicode NFC.
     */
    static boolean sameName(X500Principal a, X500Principal b) {
        return parts(a).equals(parts(b));
    }

    private static List<String> parts(X500Principal name) {
        List<String> parts = new ArrayList<>();
        for (RDN rdn : X500Name.getInstance(name.getEncoded()).getRDNs()) {
            for (AttributeTypeAndValue part : rdn.getTypesAndValues()) {
                String value = IETFUtils.canonicalize(IETFUtils.valueToString(part.getValue()));
                parts.add(part.getType().getId() + "=" + Normalizer.normalize(value, Normalizer.Form.NFC));
            }
        }
        Collections.sort(parts);
        return parts;
    }

    private enum Trust {
        TRUSTED,
        UNTRUSTED,
        REVOKED
    }

    private Trust trusted(X509Certificate certificate, List<X509Certificate> carried) {
        if (certificate.equals(serverCertificate.get()) || trusted.contains(certificate)) {
            return Trust.TRUSTED;
        }
        if (trusted.isEmpty()) {
            return Trust.UNTRUSTED;
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            trusted.forEach(ca -> anchors.add(new TrustAnchor(ca, null)));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            List<X509Certificate> pool = new ArrayList<>(carried);
            pool.add(certificate);
            pool.addAll(trusted);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            params.setDate(java.util.Date.from(clock.instant()));
            params.setRevocationEnabled(false);
            var built = (java.security.cert.PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(params);
            return settings.revocation() ? notRevoked(built, anchors) : Trust.TRUSTED;
        } catch (GeneralSecurityException e) {
            log.info(
                    "Chứng thư số không dẫn tới CA tin cậy: {} ({})",
                    certificate.getSubjectX500Principal(),
                    e.getMessage());
            return Trust.UNTRUSTED;
        }
    }

    /**
     * OCSP, then CRL, for the path found: a certificate found revoked is refused; when its status
     * cannot be learnt (no responder or list named or reachable), the check fails soft and is logged.
     */
    private Trust notRevoked(java.security.cert.PKIXCertPathBuilderResult built, Set<TrustAnchor> anchors)
            throws GeneralSecurityException {
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");
        PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
        checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.SOFT_FAIL));
        PKIXParameters params = new PKIXParameters(anchors);
        params.setDate(java.util.Date.from(clock.instant()));
        params.addCertPathChecker(checker);
        try {
            validator.validate(built.getCertPath(), params);
            checker.getSoftFailExceptions()
                    .forEach(e -> log.warn("Không kiểm tra được thu hồi chứng thư số (bỏ qua): {}", e.getMessage()));
            return Trust.TRUSTED;
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.REVOKED) {
                return Trust.REVOKED;
            }
            // the path itself was built and checked above: anything but "revoked" means the status
            // could not be learnt (no responder named, none reachable, an unusable answer)
            log.warn("Không xác định được tình trạng thu hồi chứng thư số (bỏ qua): {}", e.getMessage());
            return Trust.TRUSTED;
        }
    }

    /** CA certificates from a PKCS#12 file (.p12, .pfx) or from PEM/DER certificates in one file. */
    static List<X509Certificate> load(Path file, String password) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certs = new ArrayList<>();
            if (name.endsWith(".p12") || name.endsWith(".pfx")) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password.toCharArray());
                for (String alias : Collections.list(store.aliases())) {
                    Certificate cert = store.getCertificate(alias);
                    if (cert instanceof X509Certificate x509) {
                        certs.add(x509);
                    }
                }
            } else {
                for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    certs.add((X509Certificate) cert);
                }
            }
            if (certs.isEmpty()) {
                throw new IllegalStateException("the trust store " + file + " holds no certificate");
            }
            log.info(
                    "Kho chứng thư tin cậy {}: {}",
                    file,
                    Arrays.toString(certs.stream()
                            .map(c -> c.getSubjectX500Principal().getName())
                            .toArray()));
            return List.copyOf(certs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the trust store " + file, e);
        }
    }
}
