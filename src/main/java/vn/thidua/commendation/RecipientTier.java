package vn.thidua.commendation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.shared.VietnameseText;

/**
 * The individual recipient's tier the statistical forms split awards by (0602.N rows 10–14, 0603.N rows 6–10;
 * the yearly tables' leader / non-leader columns). Stored in {@code commendation_nominee.recipient_tier} and copied
 * to the decision's lines; {@code null} is "not stated". What is stored is what the user confirms or imports:
 * {@link #suggest(String)} only offers a guess from the position. Labels: {@code recipientTier.<NAME>}.
 */
public enum RecipientTier {
    /** Lãnh đạo cấp bộ, tỉnh và tương đương trở lên. */
    CENTRAL_LEADER,
    /** Lãnh đạo cấp vụ, sở và tương đương. */
    DEPARTMENT_LEADER,
    /** Lãnh đạo khác từ phó trưởng phòng trở lên. */
    OTHER_LEADER,
    /** Doanh nhân. */
    ENTREPRENEUR,
    /** Công nhân, nông dân, chiến sĩ, người lao động trực tiếp. */
    DIRECT_WORKER,
    /** Khác. */
    OTHER;

    /** Whether the tier is a leader's (the yearly tables' "lãnh đạo" column). */
    public boolean leader() {
        return this == CENTRAL_LEADER || this == DEPARTMENT_LEADER || this == OTHER_LEADER;
    }

    /** Words an import's cell may use for each tier (folded: no diacritics, lower case), besides the name. */
    private static final Map<RecipientTier, List<String>> SYNONYMS = Map.of(
            CENTRAL_LEADER,
            List.of(
                    "lanh dao cap bo, tinh",
                    "lanh dao cap bo tinh",
                    "lanh dao cap tinh",
                    "lanh dao cap bo",
                    "cap bo, tinh"),
            DEPARTMENT_LEADER,
            List.of("lanh dao cap vu, so", "lanh dao cap vu so", "lanh dao cap so", "lanh dao cap vu", "cap vu, so"),
            OTHER_LEADER,
            List.of("lanh dao khac", "lanh dao phong", "tu pho truong phong tro len", "lanh dao cap phong"),
            ENTREPRENEUR,
            List.of("doanh nhan"),
            DIRECT_WORKER,
            List.of(
                    "truc tiep",
                    "lao dong truc tiep",
                    "nguoi lao dong truc tiep",
                    "cong nhan",
                    "nong dan",
                    "chien si",
                    "cong nhan, nong dan, chien si"),
            OTHER,
            List.of("khac"));

    /** The tier an import's cell names (its name or a Vietnamese synonym), if any. */
    public static Optional<RecipientTier> fromCell(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(cell).strip();
        for (RecipientTier t : values()) {
            if (t.name().equalsIgnoreCase(cell.strip()) || SYNONYMS.get(t).contains(folded)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The stored value read back; an unknown or empty one is "not stated". */
    public static RecipientTier parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return valueOf(stored.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A guess from the position, shown as a suggestion only: "Chủ tịch UBND tỉnh" → leader at province level,
     * "Giám đốc Sở" → department level, "Trưởng phòng" → other leader, "Công nhân" → direct worker.
     */
    public static Optional<RecipientTier> suggest(String position) {
        if (position == null || position.isBlank()) {
            return Optional.empty();
        }
        String p = VietnameseText.fold(position);
        boolean head = p.matches(
                ".*\\b(chu tich|pho chu tich|bi thu|pho bi thu|giam doc|pho giam doc|truong ban|pho truong ban"
                        + "|chanh van phong|truong phong|pho truong phong|hieu truong|pho hieu truong|thu truong|bo truong|chanh an"
                        + "|vien truong|cuc truong)\\b.*");
        if (p.matches(".*\\b(doanh nhan|chu doanh nghiep|tong giam doc)\\b.*")) {
            return Optional.of(ENTREPRENEUR);
        }
        if (head
                && p.matches(".*\\b(tinh|bo|trung uong)\\b.*")
                && !p.contains("so ")
                && !p.matches(".*\\bphong\\b.*")
                && p.matches(".*\\b(chu tich|pho chu tich|bi thu|pho bi thu|bo truong|thu truong)\\b.*")) {
            return Optional.of(CENTRAL_LEADER);
        }
        if (p.matches(".*\\b(giam doc|pho giam doc) so\\b.*")
                || p.matches(".*\\b(vu truong|pho vu truong|cuc truong)\\b.*")
                || p.matches(".*\\b(truong ban|pho truong ban|chanh van phong)\\b.*")) {
            return Optional.of(DEPARTMENT_LEADER);
        }
        if (head) {
            return Optional.of(OTHER_LEADER);
        }
        if (p.matches(
                ".*\\b(cong nhan|nong dan|chien si|ngu dan|lao dong truc tiep|giao vien|bac si|dieu duong|y si)\\b.*")) {
            return Optional.of(DIRECT_WORKER);
        }
        return Optional.empty();
    }
}
