package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.TestDatabase;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockMember;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.EditingUnits;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.People;
import vn.thidua.organization.Person;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDetails;
import vn.thidua.organization.UnitKind;

@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class AuditIntegrationTests {

    @Autowired
    EditingPeople editing;

    @Autowired
    EditingUnits editingUnits;

    @Autowired
    EditingBlocks editingBlocks;

    @Autowired
    People people;

    @Autowired
    AuditTrail trail;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void recordsWhoChangedAPersonWithTheStateBeforeAndAfter() {
        // given
        Person person = people.findById(tayNinh.personIn(tayNinh.currentUnit("Xã Hảo Đước")))
                .orElseThrow();

        // when
        editing.update(
                person.getId(),
                person.getVersion(),
                new PersonDetails(
                        person.getFullName(),
                        person.getGender(),
                        person.getBirthDate(),
                        person.getNationalId(),
                        "Chủ tịch Hội Nông dân xã",
                        true));

        // then
        AuditTrail.Entry entry = trail.latest("person", "bantdkt", 1).get(0);
        assertThat(entry.entityId()).isEqualTo(String.valueOf(person.getId()));
        assertThat(entry.action()).isEqualTo("UPDATE");
        assertThat(entry.before()).contains("position=" + person.getPosition());
        assertThat(entry.after()).contains("position=Chủ tịch Hội Nông dân xã").contains("directWorker=true");
        assertThat(trail.verify().problems()).isEmpty();
    }

    @Test
    void recordsChangesToUnitsAndBlocks() {
        // given
        Unit school = editingUnits.create(new UnitDetails(
                "TN-THPT-HL",
                "Trường THPT Hoàng Lê Kha",
                UnitKind.SCHOOL,
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                null,
                null,
                null));
        EmulationBlock block = editingBlocks.create("Khối thi đua các trường THPT", BlockKind.BLOCK, 2026, null);

        // when
        editingUnits.update(
                school.getId(),
                school.getVersion(),
                new UnitDetails(
                        "TN-THPT-HLK",
                        "Trường THPT chuyên Hoàng Lê Kha",
                        UnitKind.SCHOOL,
                        school.getParentId(),
                        null,
                        null,
                        null));
        EmulationBlock withLeader =
                editingBlocks.addMember(block.getId(), block.getVersion(), school.getId(), BlockRole.LEADER);
        EmulationBlock renamed = editingBlocks.describe(
                block.getId(),
                withLeader.getVersion(),
                "Khối thi đua các trường THPT và THCS",
                BlockKind.BLOCK,
                "Năm học 2026-2027");

        // then
        AuditTrail.Entry unitEntry = trail.latest("unit", "bantdkt", 1).get(0);
        assertThat(unitEntry.before()).contains("name=Trường THPT Hoàng Lê Kha");
        assertThat(unitEntry.after())
                .contains("name=Trường THPT chuyên Hoàng Lê Kha")
                .contains("code=TN-THPT-HLK");
        assertThat(renamed.getName()).isEqualTo("Khối thi đua các trường THPT và THCS");
        assertThat(renamed.members()).extracting(BlockMember::role).containsExactly(BlockRole.LEADER);
        AuditTrail.Entry blockEntry = trail.latest("block", "bantdkt", 1).get(0);
        assertThat(blockEntry.before()).contains("name=Khối thi đua các trường THPT");
        assertThat(blockEntry.after())
                .contains("name=Khối thi đua các trường THPT và THCS")
                .contains("role=LEADER");
        assertThat(trail.verify().problems()).isEmpty();
    }

    @Test
    void aStaleEditFailsInsteadOfOverwriting() throws Exception {
        // given: two officers open the same person; the first saves
        Person person = people.findById(tayNinh.personIn(tayNinh.currentUnit("Phường Tân Ninh")))
                .orElseThrow();
        int versionBothRead = person.getVersion();
        editing.update(
                person.getId(),
                versionBothRead,
                new PersonDetails(
                        person.getFullName(),
                        person.getGender(),
                        person.getBirthDate(),
                        person.getNationalId(),
                        "Trưởng phòng",
                        false));

        // when: the second saves from the version they read
        mvc.perform(post("/people/{id}/edit", person.getId())
                        .with(csrf())
                        .param("fullName", person.getFullName())
                        .param("gender", person.getGender().name())
                        .param("position", "Phó Trưởng phòng")
                        .param("version", String.valueOf(versionBothRead)))
                .andExpect(status().isConflict());

        // then
        assertThat(people.findById(person.getId()).orElseThrow().getPosition()).isEqualTo("Trưởng phòng");
    }

    @Test
    void anEditedEntryIsDetectedOrRefused() {
        // given
        Person person = people.findById(tayNinh.personIn(tayNinh.currentUnit("Xã Long Chữ")))
                .orElseThrow();
        editing.update(
                person.getId(),
                person.getVersion(),
                new PersonDetails(
                        person.getFullName(),
                        person.getGender(),
                        person.getBirthDate(),
                        person.getNationalId(),
                        "Kế toán",
                        false));
        long id = trail.latest("person", "bantdkt", 1).get(0).id();
        String tamper = "update audit_entry set actor = 'ai_do' where id = " + id;

        if (TestDatabase.postgres()) {
            // then: PostgreSQL refuses any change to the trail
            assertThatThrownBy(() -> jdbc.sql(tamper).update()).hasMessageContaining("append-only");
            return;
        }
        // when: on H2 someone edits the file's table directly
        jdbc.sql(tamper).update();
        try {
            // then
            assertThat(trail.verify().problems()).first().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(AuditIntegrity.Kind.SEAL_MISMATCH);
                assertThat(p.entryId()).isEqualTo(id);
            });
        } finally {
            jdbc.sql("update audit_entry set actor = 'bantdkt' where id = " + id)
                    .update();
        }
        assertThat(trail.verify().problems()).isEmpty();
    }
}
