package vn.thidua.legacy;

import java.util.List;
import java.util.Optional;
import vn.thidua.shared.VietnameseText;

/** The words of the legacy registers' columns, as lists write them (diacritics and case ignored). */
final class LegacyKinds {

    private LegacyKinds() {}

    /** Which register an entry belongs to. */
    enum Register {
        RESISTANCE("Kháng chiến", "Khen thưởng kháng chiến"),
        COMMEMORATIVE("Kỷ niệm chương", "KNC"),
        FORMER_PROVINCE("Tỉnh cũ", "Khen thưởng tỉnh cũ", "Trước hợp nhất");

        final List<String> words;

        Register(String... words) {
            this.words = List.of(words);
        }
    }

    /** Who received it: the resistance registers keep families too. */
    enum Recipient {
        INDIVIDUAL("Cá nhân"),
        FAMILY("Gia đình", "Hộ gia đình"),
        COLLECTIVE("Tập thể");

        final List<String> words;

        Recipient(String... words) {
            this.words = List.of(words);
        }
    }

    /** The resistance war a resistance award is for. */
    enum War {
        ANTI_FRENCH("Chống Pháp", "Kháng chiến chống Pháp"),
        ANTI_US("Chống Mỹ", "Kháng chiến chống Mỹ");

        final List<String> words;

        War(String... words) {
            this.words = List.of(words);
        }
    }

    /** The provinces merged into Tây Ninh on 1/7/2025. */
    enum FormerProvince {
        TAY_NINH("Tây Ninh", "Tây Ninh (cũ)"),
        LONG_AN("Long An");

        final List<String> words;

        FormerProvince(String... words) {
            this.words = List.of(words);
        }
    }

    static Optional<Register> register(String text) {
        return match(Register.values(), text, r -> r.words);
    }

    static Optional<Recipient> recipient(String text) {
        return match(Recipient.values(), text, r -> r.words);
    }

    static Optional<War> war(String text) {
        return match(War.values(), text, r -> r.words);
    }

    static Optional<FormerProvince> province(String text) {
        return match(FormerProvince.values(), text, r -> r.words);
    }

    private static <E extends Enum<E>> Optional<E> match(
            E[] values, String text, java.util.function.Function<E, List<String>> words) {
        String folded = VietnameseText.fold(text);
        for (E value : values) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.strip())
                    || words.apply(value).stream()
                            .anyMatch(w -> VietnameseText.fold(w).equals(folded))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
