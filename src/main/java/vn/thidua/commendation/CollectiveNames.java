package vn.thidua.commendation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thidua.shared.VietnameseText;

/**
 * Names that are an organisation's, not a person's: "Thanh tra tỉnh Tây Ninh", "Phòng Giáo dục",
 * "Trường THPT …", "Công ty …", "UBND xã …", "Tập thể …". The first words are compared with their
 * diacritics where a surname folds to the same letters ("Trường" is a school, "Trương" a family);
 * only words no Vietnamese surname begins with are also recognised typed without diacritics.
 */
final class CollectiveNames {

    private CollectiveNames() {}

    /** First words, lower case with diacritics. */
    private static final List<String> WITH_MARKS = List.of(
            "tập thể ",
            "thanh tra ",
            "phòng ",
            "trường ",
            "công ty ",
            "ubnd ",
            "ủy ban ",
            "uỷ ban ",
            "sở ",
            "ban ",
            "chi cục ",
            "cục ",
            "trung tâm ",
            "bệnh viện ",
            "hội ",
            "hợp tác xã ",
            "htx ",
            "ngân hàng ",
            "văn phòng ",
            "đảng ủy ",
            "đảng uỷ ",
            "đảng bộ ",
            "chi bộ ",
            "công an ",
            "bộ chỉ huy ",
            "ban chỉ huy ",
            "đồn ",
            "đội ",
            "trạm ",
            "khoa ",
            "tổ ",
            "lớp ",
            "đoàn thanh niên",
            "đoàn tncs",
            "liên đoàn ",
            "mặt trận ",
            "báo ",
            "đài ",
            "viện ",
            "tòa án ",
            "toà án ",
            "kho bạc ",
            "chi nhánh ",
            "xí nghiệp ",
            "nhà máy ",
            "doanh nghiệp ",
            "khu phố ",
            "ấp ",
            "xã ",
            "phường ",
            "thị trấn ",
            "huyện ",
            "thị xã ",
            "thành phố ",
            "tỉnh ",
            "cơ quan ",
            "khối ",
            "bộ môn ",
            "liên hiệp ",
            "hiệp hội ",
            "câu lạc bộ ",
            "clb ",
            "tòa soạn ",
            "nhà văn hóa ",
            "bảo tàng ",
            "thư viện ",
            "ký túc xá ",
            "cụm ",
            "vườn quốc gia ",
            "ban quản lý ",
            "tổng công ty ",
            "tập đoàn ",
            "hộ kinh doanh ");

    /** First words recognised also without diacritics (no surname folds to them). */
    private static final List<String> FOLDED = List.of(
            "tap the ",
            "thanh tra ",
            "cong ty ",
            "ubnd ",
            "uy ban nhan dan ",
            "chi cuc ",
            "trung tam ",
            "benh vien ",
            "hop tac xa ",
            "ngan hang ",
            "van phong ",
            "dang uy ",
            "chi bo ",
            "cong an ",
            "truong thpt ",
            "truong thcs ",
            "truong tieu hoc ",
            "truong mam non ",
            "truong dai hoc ",
            "truong cao dang ",
            "phong giao duc ",
            "so giao duc ",
            "so ",
            "ban quan ly ",
            "tong cong ty ");

    /** Whether the name is an organisation's by its first words. */
    static boolean looksCollective(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String lower =
                VietnameseText.clean(name).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        if (WITH_MARKS.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        String folded = VietnameseText.fold(lower);
        return FOLDED.stream().anyMatch(folded::startsWith);
    }

    /**
     * The unit a collective's name names: the name itself, or the name without the province's or
     * district's name lists often add ("Thanh tra tỉnh Tây Ninh" is the unit "Thanh tra tỉnh").
     */
    static Optional<Long> unitNamed(String name, Map<String, Long> unitByFoldedName) {
        String folded = VietnameseText.fold(name).strip().replaceAll("\\s+", " ");
        for (String prefix : List.of("tap the ", "ubnd ", "uy ban nhan dan ")) {
            if (folded.startsWith(prefix)) {
                folded = folded.substring(prefix.length());
            }
        }
        String[] words = folded.split(" ");
        for (int keep = words.length; keep >= Math.max(2, words.length - 3); keep--) {
            Long unit = unitByFoldedName.get(String.join(" ", java.util.Arrays.copyOf(words, keep)));
            if (unit != null) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
