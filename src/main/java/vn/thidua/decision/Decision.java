package vn.thidua.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.achievement.Award;

/**
 * A decision: who issues it, its number and symbol (none until it is issued), what it decides, its
 * legal basis lines, the signer block and the recipients' note (Nơi nhận), and its status.
 */
public record Decision(
        Long id,
        Long issuerUnitId,
        String symbol,
        int year,
        Integer number,
        Kind kind,
        Award award,
        Integer achievementYear,
        Long revokesId,
        String revocationGround,
        String place,
        LocalDate decidedOn,
        String title,
        String authority,
        List<String> basis,
        String proposal,
        String signerName,
        String signerPosition,
        String signingFor,
        List<String> recipientsNote,
        Status status,
        Long signedFileId,
        Instant signedAt,
        String signedBy,
        String signatureSubject,
        int version) {

    public enum Kind {
        AWARD,
        REVOCATION,
        /** Đính chính: corrects a recipient's name or position in an earlier decision. */
        CORRECTION
    }

    public enum Status {
        /** Prepared by the Ban TĐKT, no number yet. */
        DRAFT,
        /** Numbered and dated by the office (văn thư), awaiting the signature. */
        ISSUED,
        /** Signed: the signed PDF is the record. */
        SIGNED
    }

    /** "Số: 05/QĐ-UBND": two digits at least (docs/legal-reference.md R27); dots while there is no number. */
    public String numberText() {
        return numberText(number, symbol);
    }

    static String numberText(Integer number, String symbol) {
        return number == null ? "     /" + symbol : String.format("%02d/%s", number, symbol);
    }
}
