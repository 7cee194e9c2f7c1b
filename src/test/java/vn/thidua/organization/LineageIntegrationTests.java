package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;

/** The 1 July 2025 merger (NQ 1682/NQ-UBTVQH15) as loaded from the real data. */
@IntegrationTest
@Import(TayNinhFixtures.class)
class LineageIntegrationTests {

    @Autowired
    Lineage lineage;

    @Autowired
    Units units;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EditingUnits editing;

    @Test
    @DisplayName("the merged province has 96 commune-level units: 14 phường and 82 xã, in force from 1/7/2025")
    void loadsTheNinetySixCommunes() {
        List<Unit> communes = units.findAll().stream()
                .filter(u -> u.getCode().startsWith("TN25-"))
                .toList();

        assertThat(communes).hasSize(96);
        assertThat(communes).filteredOn(u -> u.getKind() == UnitKind.WARD).hasSize(14);
        assertThat(communes).allSatisfy(u -> {
            assertThat(u.getValidFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(lineage.predecessorsOf(u.getId())).isNotEmpty();
        });
    }

    @Test
    void districtOfGoDauIsReachedFromTheUnitsThatSucceededIt() {
        long goDauDistrict = tayNinh.formerUnit("Huyện Gò Dầu");

        assertThat(lineage.successorsOf(goDauDistrict))
                .extracting(Lineage.Related::name)
                .contains("Phường Gò Dầu", "Xã Thạnh Đức", "Xã Phước Thạnh", "Phường Gia Lộc");
        assertThat(units.findById(goDauDistrict).orElseThrow().getValidTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void anAwardToHuyenGoDauStaysInTheHistoryOfPhuongGoDau() {
        long ward = tayNinh.currentUnit("Phường Gò Dầu");
        long goDauDistrict = tayNinh.formerUnit("Huyện Gò Dầu");

        assertThat(lineage.historyIds(ward)).contains(ward, goDauDistrict);
        assertThat(lineage.predecessorsOf(ward))
                .extracting(Lineage.Related::name)
                .contains("Thị trấn Gò Dầu", "Xã Thanh Phước", "Phường Gia Bình", "Thị xã Trảng Bàng");
    }

    @Test
    void aCommuneSplitBetweenTwoNewCommunesIsPartOfBoth() {
        long phuocMinh = jdbc.sql("select id from organization_unit where name = 'Xã Phước Minh'")
                .query(Long.class)
                .single();

        List<Lineage.Related> successors = lineage.successorsOf(phuocMinh);

        assertThat(successors)
                .extracting(Lineage.Related::name)
                .containsExactlyInAnyOrder("Xã Lộc Ninh", "Xã Dương Minh Châu");
        assertThat(successors).allMatch(Lineage.Related::partial);
    }

    @Test
    void sameNamedOldCommunesOfDifferentDistrictsStayApart() {
        assertThat(jdbc.sql("select count(*) from organization_unit where name like 'Xã Thạnh Hưng (%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void departmentsCarryOverToTheMergedProvince() {
        long planning = tayNinh.formerUnit("Sở Kế hoạch và Đầu tư");

        assertThat(lineage.successorsOf(planning))
                .extracting(Lineage.Related::name)
                .containsExactly("Sở Tài chính");
        assertThat(lineage.successorsOf(tayNinh.formerUnit("Sở Nông nghiệp và Phát triển nông thôn")))
                .extracting(Lineage.Related::name)
                .containsExactly("Sở Nông nghiệp và Môi trường");
    }

    @Test
    void bothOldProvincesBecameTheNewTayNinh() {
        long province = tayNinh.currentUnit("Tỉnh Tây Ninh");

        assertThat(lineage.predecessorsOf(province))
                .extracting(Lineage.Related::name)
                .containsExactlyInAnyOrder("Tỉnh Tây Ninh", "Tỉnh Long An");
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("bantdkt")
    void theBanTdktRecordsASplitButNeitherACycleNorTheSameLinkTwice() {
        // given: a school split out of an old district-level unit
        long oldSchool = editing.create(new UnitDetails(
                        "TNC-THPT-TB",
                        "Trường THPT Trảng Bàng (cũ)",
                        UnitKind.SCHOOL,
                        tayNinh.formerUnit("Thị xã Trảng Bàng"),
                        null,
                        LocalDate.of(2025, 6, 30),
                        null))
                .getId();
        long newSchool = editing.create(new UnitDetails(
                        "TN-THPT-TB",
                        "Trường THPT Trảng Bàng",
                        UnitKind.SCHOOL,
                        tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                        LocalDate.of(2025, 7, 1),
                        null,
                        null))
                .getId();

        // when
        editing.link(oldSchool, newSchool, LocalDate.of(2025, 7, 1), LineageKind.SUCCESSION, false, "QĐ 1234/QĐ-UBND");

        // then
        assertThat(lineage.predecessorsOf(newSchool))
                .extracting(Lineage.Related::name)
                .containsExactly("Trường THPT Trảng Bàng (cũ)");
        assertThatThrownBy(() ->
                        editing.link(newSchool, oldSchool, LocalDate.of(2025, 7, 2), LineageKind.MERGER, false, null))
                .isInstanceOfSatisfying(
                        vn.thidua.shared.InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.lineage.cycle"));
        assertThatThrownBy(() ->
                        editing.link(oldSchool, newSchool, LocalDate.of(2025, 7, 1), LineageKind.MERGER, false, null))
                .isInstanceOfSatisfying(
                        vn.thidua.shared.InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.lineage.exists"));
    }
}
