package vn.thidua.commendation;

import java.util.EnumSet;
import java.util.Set;

/** The papers of a dossier (Đ84 Luật TĐKT 2022; docs/legal-reference.md §3.2, R22). */
public enum DocumentType {
    /** Tờ trình đề nghị khen thưởng (Mẫu 01). */
    PROPOSAL_LETTER,
    /** Biên bản họp xét của Hội đồng TĐKT đơn vị, with the vote result. */
    COUNCIL_MINUTES,
    /** Báo cáo thành tích (Mẫu 02 collective, Mẫu 03 individual). */
    ACHIEVEMENT_REPORT,
    /** Báo cáo tóm tắt thành tích (simplified procedure). */
    SHORT_SUMMARY,
    /** Giấy chứng nhận sáng kiến, biên bản nghiệm thu đề tài. */
    INITIATIVE_PROOF,
    /** Văn bản hiệp y, ý kiến của cơ quan liên quan. */
    CONSULTATION,
    /** Other papers. */
    OTHER;

    /** The papers a dossier of this kind must hold before it is submitted. */
    public static Set<DocumentType> required(DossierKind kind) {
        return kind.simplified()
                ? EnumSet.of(PROPOSAL_LETTER, SHORT_SUMMARY)
                : EnumSet.of(PROPOSAL_LETTER, COUNCIL_MINUTES, ACHIEVEMENT_REPORT);
    }
}
