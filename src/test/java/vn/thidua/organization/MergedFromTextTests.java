package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.organization.MergedFromText.OldUnit;

/** Clauses of Nghị quyết 1682/NQ-UBTVQH15, Điều 1, as they are written. */
class MergedFromTextTests {

    @Test
    @DisplayName("khoản 5: whole communes and, after 'một phần các xã', communes merged in part")
    void readsWholeAndPartialCommunes() {
        List<OldUnit> units = MergedFromText.parse(
                "xã Tuyên Bình, xã Tuyên Bình Tây và một phần các xã Vĩnh Bình, Vĩnh Thuận, Thái Bình Trung");

        assertThat(units)
                .extracting(OldUnit::displayName)
                .containsExactly(
                        "Xã Tuyên Bình", "Xã Tuyên Bình Tây", "Xã Vĩnh Bình", "Xã Vĩnh Thuận", "Xã Thái Bình Trung");
        assertThat(units).extracting(OldUnit::partial).containsExactly(false, false, true, true, true);
    }

    @Test
    @DisplayName("khoản 95: a ward, a township and a commune")
    void readsKindsOfUnits() {
        List<OldUnit> units = MergedFromText.parse("phường Gia Bình, thị trấn Gò Dầu và xã Thanh Phước");

        assertThat(units).extracting(OldUnit::kind).containsExactly(UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.COMMUNE);
        assertThat(units)
                .extracting(OldUnit::displayName)
                .containsExactly("Phường Gia Bình", "Thị trấn Gò Dầu", "Xã Thanh Phước");
    }

    @Test
    @DisplayName("khoản 83: a bracketed district applies to the numbered wards listed before it")
    void appliesAGroupQualifierToTheUnitsBeforeIt() {
        List<OldUnit> units = MergedFromText.parse("Phường 1, Phường 2 và Phường 3 (thị xã Kiến Tường)");

        assertThat(units)
                .extracting(OldUnit::displayName)
                .containsExactly(
                        "Phường 1 (thị xã Kiến Tường)", "Phường 2 (thị xã Kiến Tường)", "Phường 3 (thị xã Kiến Tường)");
    }

    @Test
    @DisplayName("khoản 2: a bracketed district names only its own commune when it comes first")
    void keepsAQualifierOnItsOwnUnit() {
        List<OldUnit> units = MergedFromText.parse("các xã Thạnh Hưng (huyện Tân Hưng), Vĩnh Châu B và Hưng Thạnh");

        assertThat(units)
                .extracting(OldUnit::displayName)
                .containsExactly("Xã Thạnh Hưng (huyện Tân Hưng)", "Xã Vĩnh Châu B", "Xã Hưng Thạnh");
    }

    @Test
    @DisplayName("khoản 6: 'phần còn lại của' marks the rest of a commune split earlier")
    void readsTheRestOfASplitCommune() {
        List<OldUnit> units = MergedFromText.parse("thị trấn Vĩnh Hưng, một phần các xã Vĩnh Trị, Thái Trị và "
                + "phần còn lại của các xã Vĩnh Thuận, Vĩnh Bình");

        assertThat(units).extracting(OldUnit::partial).containsExactly(false, true, true, true, true);
        assertThat(units.get(0).kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(units.get(1).kind()).isEqualTo(UnitKind.COMMUNE);
    }
}
