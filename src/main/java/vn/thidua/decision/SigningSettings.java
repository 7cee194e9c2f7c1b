package vn.thidua.decision;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who signs and whom the system trusts ({@code thidua.signing.*}): the account that signs the
 * province's decisions (drafts name it); for each signer account, the subject (X.500 name) its
 * certificate carries; the trust store of CA certificates (PKCS#12, or PEM certificates in one file)
 * a signature must lead to; and whether revocation (OCSP, CRL) is checked, failing soft when the
 * responder cannot be reached.
 */
@ConfigurationProperties("thidua.signing")
public record SigningSettings(
        String signerAccount,
        Map<String, String> signers,
        String trustStore,
        String trustStorePassword,
        Boolean revocation) {

    public SigningSettings {
        signerAccount = signerAccount == null || signerAccount.isBlank() ? "chutich" : signerAccount.strip();
        signers = signers == null ? Map.of() : Map.copyOf(signers);
        trustStore = trustStore == null || trustStore.isBlank() ? null : trustStore.strip();
        trustStorePassword = trustStorePassword == null ? "" : trustStorePassword;
        revocation = revocation == null || revocation;
    }
}
