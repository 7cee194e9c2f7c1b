package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.CollectiveRecords;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;

/** The same person proposed twice, by two units or by one list twice, or for what they already hold. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class DuplicatesIntegrationTests {

    @Autowired
    Duplicates duplicates;

    @Autowired
    EditingPeople people;

    @Autowired
    AchievementRecords records;

    @Autowired
    CollectiveRecords collectives;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MockMvc mvc;

    private static Duplicates.Proposal individual(
            String ref, String cccd, String name, LocalDate birth, Long unit, Award award, int year) {
        return new Duplicates.Proposal(ref, Candidate.Kind.INDIVIDUAL, null, cccd, name, birth, unit, award, year);
    }

    @Test
    void theSamePersonInTwoDossiersIsFoundByCccdOrByNameBirthAndUnit() {
        long health = tayNinh.currentUnit("Sở Y tế");
        LocalDate birth = LocalDate.of(1979, 10, 2);

        var found = duplicates.find(List.of(
                individual(
                        "TTr 12/SYT dòng 4",
                        "072079001234",
                        "Trần Quốc Việt",
                        birth,
                        health,
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        2025),
                individual(
                        "TTr 30/BVĐK dòng 1",
                        "072079001234",
                        "Tran Quoc Viet",
                        birth,
                        health,
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        2025),
                individual(
                        "TTr 31/TTYT dòng 7",
                        null,
                        "TRẦN  QUỐC VIỆT",
                        birth,
                        health,
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        2025),
                individual(
                        "TTr 31/TTYT dòng 8",
                        null,
                        "Trần Quốc Việt",
                        birth,
                        health,
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        2024)));

        assertThat(found)
                .extracting(d -> d.proposal().reference() + " ~ " + d.other().reference() + " " + d.match())
                .containsExactly(
                        "TTr 30/BVĐK dòng 1 ~ TTr 12/SYT dòng 4 NATIONAL_ID",
                        "TTr 31/TTYT dòng 7 ~ TTr 12/SYT dòng 4 NAME_BIRTH_UNIT");
    }

    @Test
    void aTitleAlreadyHeldAndAFormAlreadyReceivedAreFound() {
        long nurse = people.create(
                        new PersonDetails(
                                "Lý Thị Cẩm Tú", Gender.FEMALE, LocalDate.of(1993, 5, 9), null, "Điều dưỡng", true),
                        tayNinh.currentUnit("Sở Y tế"),
                        LocalDate.of(2016, 3, 1))
                .getId();
        records.grantTitle(nurse, 2024, Award.GRASSROOTS_EMULATION_FIGHTER, "88/QĐ-SYT");
        records.recordAward(nurse, LocalDate.of(2025, 4, 2), Award.PROVINCIAL_CERTIFICATE_OF_MERIT, "1021/QĐ-UBND");
        long school = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        collectives.grantTitle(school, 2024, Award.EXCELLENT_COLLECTIVE, "2210/QĐ-UBND");

        var found = duplicates.find(List.of(
                new Duplicates.Proposal(
                        "dòng 1",
                        Candidate.Kind.INDIVIDUAL,
                        nurse,
                        null,
                        null,
                        null,
                        null,
                        Award.GRASSROOTS_EMULATION_FIGHTER,
                        2024),
                new Duplicates.Proposal(
                        "dòng 2",
                        Candidate.Kind.INDIVIDUAL,
                        nurse,
                        null,
                        null,
                        null,
                        null,
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        2024),
                new Duplicates.Proposal(
                        "dòng 3",
                        Candidate.Kind.INDIVIDUAL,
                        nurse,
                        null,
                        null,
                        null,
                        null,
                        Award.GRASSROOTS_EMULATION_FIGHTER,
                        2025),
                new Duplicates.Proposal(
                        "dòng 4",
                        Candidate.Kind.COLLECTIVE,
                        null,
                        null,
                        null,
                        null,
                        school,
                        Award.EXCELLENT_COLLECTIVE,
                        2024)));

        assertThat(found)
                .extracting(d -> d.proposal().reference() + " " + d.match() + " " + d.existing())
                .containsExactly(
                        "dòng 1 ALREADY_HOLDS_TITLE 88/QĐ-SYT",
                        "dòng 2 FORM_ALREADY_RECEIVED 1021/QĐ-UBND",
                        "dòng 4 ALREADY_HOLDS_TITLE 2210/QĐ-UBND");
    }

    @Test
    void theApiExplainsEachDuplicateInVietnamese() throws Exception {
        long health = tayNinh.currentUnit("Sở Y tế");
        String body = """
            { "proposals": [
              { "reference": "Sở Y tế, dòng 3", "kind": "INDIVIDUAL", "nationalId": "072085004455",
                "award": "PROVINCIAL_CERTIFICATE_OF_MERIT", "year": 2025, "unitId": %d },
              { "reference": "Bệnh viện Đa khoa tỉnh, dòng 9", "kind": "INDIVIDUAL", "nationalId": "072085004455",
                "award": "PROVINCIAL_CERTIFICATE_OF_MERIT", "year": 2025 } ] }""".formatted(health);

        mvc.perform(post("/api/v1/eligibility/duplicates")
                        .with(httpBasic("bantdkt", "Test-Passw0rd!"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reference").value("Bệnh viện Đa khoa tỉnh, dòng 9"))
                .andExpect(jsonPath("$[0].match").value("NATIONAL_ID"))
                .andExpect(
                        jsonPath("$[0].message")
                                .value(
                                        "trùng số CCCD với đề nghị Bằng khen của Chủ tịch UBND tỉnh năm 2025 ở “Sở Y tế, dòng 3”"));
        mvc.perform(
                        post("/api/v1/eligibility/duplicates")
                                .with(httpBasic("bantdkt", "Test-Passw0rd!"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{ \"proposals\": [ { \"reference\": \"x\", \"award\": \"ADVANCED_WORKER\", \"year\": 2025 } ] }"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("proposals[0].kind"));
    }
}
