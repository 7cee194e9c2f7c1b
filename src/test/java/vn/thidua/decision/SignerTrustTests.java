package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signing certificate stands for a decision's signer only when a trusted CA issued it to that signer. */
class SignerTrustTests {

    static final String CHAIRMAN = "CN=Nguyễn Văn Út, T=Chủ tịch, O=UBND tỉnh Tây Ninh, C=VN";
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2030-01-01T00:00:00Z");

    static Forgeries.Identity governmentCa;
    static Forgeries.Identity server;
    static SignerTrust trust;

    @BeforeAll
    static void trustStoreWithTheGovernmentCa(@TempDir Path dir) throws Exception {
        governmentCa =
                Forgeries.issued("CN=Vietnam Government CA (test), O=Ban Co yeu Chinh phu, C=VN", null, true, FROM, TO);
        server = Forgeries.issued("CN=Máy chủ Thi Đua (test), C=VN", null, false, FROM, TO);
        Path pem = dir.resolve("government-ca.pem");
        Files.writeString(
                pem,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(governmentCa.certificate().getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        trust = new SignerTrust(
                new SigningSettings("chutich", Map.of("chutich", CHAIRMAN), pem.toString(), null, true),
                server::certificate,
                false,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCertificateTheGovernmentCaIssuedToTheChairmanStandsForTheChairmanEvenWithoutReachableRevocationInfo() {
        var chairman = Forgeries.issued(CHAIRMAN, governmentCa, false, FROM, TO);

        assertThat(trust.problem(chairman.certificate(), List.of(chairman.certificate()), "chutich"))
                .isEmpty();
    }

    @Test
    void aSelfMadeCertificateClaimingTheChairmansNameIsNotTrusted() {
        var forged = Forgeries.issued(CHAIRMAN, null, false, FROM, TO);

        assertThat(trust.problem(forged.certificate(), List.of(forged.certificate()), "chutich"))
                .contains("validation.signature.untrusted");
    }

    @Test
    void aCertificateFromAnotherCaClaimingTheChairmansNameIsNotTrusted() {
        var otherCa =
                Forgeries.issued("CN=Vietnam Government CA (test), O=Ban Co yeu Chinh phu, C=VN", null, true, FROM, TO);
        var forged = Forgeries.issued(CHAIRMAN, otherCa, false, FROM, TO);

        assertThat(trust.problem(forged.certificate(), List.of(forged.certificate(), otherCa.certificate()), "chutich"))
                .contains("validation.signature.untrusted");
    }

    @Test
    void someoneElsesTrustedCertificateIsNotTheSignersIdentity() {
        var specialist =
                Forgeries.issued("CN=Lê Thị Thu Hà, O=Sở Nội vụ tỉnh Tây Ninh, C=VN", governmentCa, false, FROM, TO);

        assertThat(trust.problem(specialist.certificate(), List.of(), "chutich"))
                .contains("validation.signature.wrongSigner");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        var expired = Forgeries.issued(CHAIRMAN, governmentCa, false, FROM, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(trust.problem(expired.certificate(), List.of(), "chutich")).contains("validation.signature.expired");
    }

    @Test
    void aSignerAccountWithoutAConfiguredIdentityCannotBeSignedFor() {
        var deputy = Forgeries.issued("CN=Phó Chủ tịch, O=UBND tỉnh Tây Ninh, C=VN", governmentCa, false, FROM, TO);

        assertThat(trust.problem(deputy.certificate(), List.of(), "phochutich"))
                .contains("validation.signature.noSignerIdentity");
        assertThat(trust.identity("phochutich")).isEqualTo(Optional.empty());
    }

    @Test
    void theServerKeyIsTrustedButIsNotTheChairmanUnlessConfiguredAsHim() {
        assertThat(trust.problem(server.certificate(), List.of(), "chutich"))
                .contains("validation.signature.wrongSigner");
    }
}
