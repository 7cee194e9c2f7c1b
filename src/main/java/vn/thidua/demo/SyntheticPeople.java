package vn.thidua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.thidua.organization.BulkPeople.NewPerson;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.Gender;
import vn.thidua.shared.NationalId;

/**
 * Realistic, deterministic people: Vietnamese names by the frequency of common family names, birth
 * years 1965–2002, valid CCCD numbers, positions by kind of unit, and direct workers (farmers,
 * workers, teachers at the front line) mostly in communes and wards.
 */
final class SyntheticPeople {

    /** A unit people can be placed in, and how many times more people it has than a small agency. */
    record Place(Long unitId, UnitKind kind, int weight) {

        Place(Long unitId, UnitKind kind) {
            this(unitId, kind, 1);
        }
    }

    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ",
        "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đoàn", "Lâm", "Mai", "Tô", "Châu", "Thái"
    };
    private static final String[] MIDDLE_MALE = {
        "Văn", "Văn", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Hoàng", "Công", "Tấn", "Ngọc", "Trung", "Thành"
    };
    private static final String[] MIDDLE_FEMALE = {
        "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Mỹ", "Thị Ánh", "Thị Thu", "Hồng", "Bích", "Thị Mỹ"
    };
    private static final String[] GIVEN_MALE = {
        "Anh", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hòa", "Hùng", "Huy", "Khang", "Khoa", "Kiên",
        "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phát", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Tâm", "Thắng",
        "Thịnh", "Toàn", "Trí", "Trung", "Tuấn", "Tùng", "Vinh", "Vũ"
    };
    private static final String[] GIVEN_FEMALE = {
        "An", "Anh", "Châu", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương", "Lan", "Linh",
        "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Trinh",
        "Tuyết", "Uyên", "Vân", "Vy", "Yến"
    };
    private static final String[] OFFICE_POSITIONS = {
        "Chuyên viên",
        "Chuyên viên",
        "Chuyên viên chính",
        "Kế toán",
        "Văn thư",
        "Phó Trưởng phòng",
        "Trưởng phòng",
        "Thanh tra viên"
    };
    private static final String[] FRONT_LINE_POSITIONS = {
        "Giáo viên", "Giáo viên", "Nhân viên y tế", "Công nhân", "Kỹ thuật viên"
    };
    private static final String[] COMMUNE_OFFICE = {
        "Công chức Văn phòng - Thống kê",
        "Công chức Tư pháp - Hộ tịch",
        "Công chức Văn hóa - Xã hội",
        "Công chức Địa chính - Xây dựng",
        "Phó Chủ tịch UBND",
        "Bí thư Chi bộ ấp"
    };
    private static final String[] COMMUNE_FRONT_LINE = {
        "Nông dân", "Nông dân", "Nông dân", "Công nhân", "Giáo viên", "Trưởng ấp", "Dân quân thường trực"
    };

    private final Random random;
    private final int provinceCode;

    SyntheticPeople(long seed, int provinceCode) {
        this.random = new Random(seed);
        this.provinceCode = provinceCode;
    }

    /** {@code count} people, at least two in every place when there are enough. */
    List<NewPerson> generate(int count, List<Place> places, LocalDate from) {
        List<NewPerson> people = new ArrayList<>(count);
        List<Place> weighted = new ArrayList<>();
        places.forEach(p -> {
            for (int w = 0; w < p.weight(); w++) {
                weighted.add(p);
            }
        });
        for (int i = 0; i < count; i++) {
            // every unit gets people first, then the rest are spread by weight
            Place place = i < places.size() * 2
                    ? places.get(i % places.size())
                    : weighted.get(random.nextInt(weighted.size()));
            people.add(next(place, from, i));
        }
        return people;
    }

    NewPerson next(Place place, LocalDate from, int serial) {
        Gender gender = random.nextInt(100) < 52 ? Gender.FEMALE : Gender.MALE;
        boolean female = gender == Gender.FEMALE;
        String name = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
        LocalDate birth = LocalDate.of(1965 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean commune = place.kind() == UnitKind.COMMUNE || place.kind() == UnitKind.WARD;
        boolean direct = random.nextInt(100) < (commune ? 45 : 20);
        String position = direct
                ? pick(commune ? COMMUNE_FRONT_LINE : FRONT_LINE_POSITIONS)
                : pick(commune ? COMMUNE_OFFICE : OFFICE_POSITIONS);
        String nationalId = "%03d%d%02d%06d"
                .formatted(
                        provinceCode,
                        NationalId.genderCenturyDigit(gender, birth.getYear()),
                        birth.getYear() % 100,
                        serial % 1_000_000);
        return new NewPerson(
                new PersonDetails(name, gender, birth, nationalId, position, direct), place.unitId(), from);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
