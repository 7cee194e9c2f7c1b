package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B: every test vector, 8 digits, 30-second steps from T0 = 0. */
    @ParameterizedTest(name = "RFC 6238 B: {1} at {0} s → {2}")
    @CsvSource({
        "59, HmacSHA1, 94287082",
        "59, HmacSHA256, 46119246",
        "59, HmacSHA512, 90693936",
        "1111111109, HmacSHA1, 07081804",
        "1111111109, HmacSHA256, 68084774",
        "1111111109, HmacSHA512, 25091201",
        "1111111111, HmacSHA1, 14050471",
        "1111111111, HmacSHA256, 67062674",
        "1111111111, HmacSHA512, 99943326",
        "1234567890, HmacSHA1, 89005924",
        "1234567890, HmacSHA256, 91819424",
        "1234567890, HmacSHA512, 93441116",
        "2000000000, HmacSHA1, 69279037",
        "2000000000, HmacSHA256, 90698825",
        "2000000000, HmacSHA512, 38618901",
        "20000000000, HmacSHA1, 65353130",
        "20000000000, HmacSHA256, 77737706",
        "20000000000, HmacSHA512, 47863826"
    })
    void computesTheRfc6238TestVectors(long seconds, String algorithm, String expected) {
        byte[] seed = switch (algorithm) {
            case "HmacSHA256" -> "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
            case "HmacSHA512" ->
                ("1234567890123456789012345678901234567890123456789012345678901234")
                        .getBytes(StandardCharsets.US_ASCII);
            default -> SHA1_SEED;
        };

        assertThat(Totp.code(seed, Totp.step(Instant.ofEpochSecond(seconds)), algorithm, 8))
                .isEqualTo(expected);
    }

    @Test
    void theSixDigitCodeIsTheLastSixDigitsOfTheVector() {
        assertThat(Totp.code(SHA1_SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SHA1_SEED, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
    }

    @Test
    void acceptsOneStepEitherSideAndNoFurther() {
        long now = Totp.step(Instant.ofEpochSecond(1_800_000_000L));

        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now - 1), now, -1))
                .hasValue(now - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now + 1), now, -1))
                .hasValue(now + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now - 2), now, -1))
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now + 2), now, -1))
                .isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsedOrEarlier() {
        long now = Totp.step(Instant.ofEpochSecond(1_800_000_000L));

        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now), now, now))
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now - 1), now, now))
                .isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, now + 1), now, now))
                .hasValue(now + 1);
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        long now = Totp.step(Instant.ofEpochSecond(59));

        assertThat(Totp.matchingStep(SHA1_SEED, "28708", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "2870820", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, null, now, -1)).isEmpty();
    }

    @Test
    void base32FollowsRfc4648AndRoundTrips() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(SHA1_SEED))).isEqualTo(SHA1_SEED);
    }

    @Test
    void theUriCarriesIssuerAccountSecretAndParameters() {
        assertThat(Totp.uri("Thi Đua", "chutich", "GEZDGNBV"))
                .isEqualTo("otpauth://totp/Thi%20%C4%90ua:chutich?secret=GEZDGNBV&issuer=Thi%20%C4%90ua"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
