package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ImportUploads;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.History;
import vn.thidua.achievement.Rating;
import vn.thidua.achievement.RecordsImport;
import vn.thidua.achievement.Timeline;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.ImportJobs;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/**
 * Issue 17, the last pieces, on stored records and both databases: a farmer's production model
 * entered on the record page or imported from Excel opens the farmer route of Đ73 k2; the list puts
 * direct workers and farmers first and counts their share; one rating a year, refused naming the row.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class LawLastPiecesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AchievementRecords records;

    @Autowired
    EditingPeople people;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    Eligibility eligibility;

    @Autowired
    EligibilityLists lists;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    /** A farmer of Xã Ninh Điền (Châu Thành), who works the land directly. */
    private long farmer(String name, LocalDate birth, String nationalId) {
        return people.create(
                        new PersonDetails(name, Gender.MALE, birth, nationalId, "Nông dân", true),
                        tayNinh.currentUnit("Xã Ninh Điền"),
                        LocalDate.of(2018, 1, 1))
                .getId();
    }

    private boolean primeMinistersCertificate(long person, int year) {
        return eligibility
                .judgePerson(person, year, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, Basis.REGULAR)
                .orElseThrow()
                .eligible();
    }

    @Test
    void aModelEnteredOnTheRecordPageOpensTheFarmersRouteToThePrimeMinistersCertificate() throws Exception {
        // given: a farmer with no Bằng khen tỉnh, so the general chain of Đ73 k1 b is closed
        long farmer = farmer("Nguyễn Văn Sáu", LocalDate.of(1975, 5, 19), null);
        assertThat(primeMinistersCertificate(farmer, 2025)).isFalse();

        // when: the commune's confirmed model, effective and stable since 2024, is entered on his page
        String html = mvc.perform(post("/people/{id}/record/models", farmer)
                        .header("HX-Request", "true")
                        .param("since", "2024")
                        .param("until", "")
                        .param("name", "Trồng mãng cầu theo VietGAP kết hợp nuôi gà thả vườn")
                        .param("note", "UBND xã Ninh Điền xác nhận")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext()); // MockMvc cleared it

        // then: the record shows it, the history carries it, and 2024–2025 are two years: eligible
        assertThat(html).contains("Trồng mãng cầu theo VietGAP kết hợp nuôi gà thả vườn", "hiệu quả từ năm 2024");
        assertThat(records.historyOf(farmer).productionModels())
                .extracting(History.ProductionModelEntry::since, History.ProductionModelEntry::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, null));
        assertThat(records.timelineOf(farmer).years().get(0).entries())
                .extracting(Timeline.Entry::kind)
                .contains(Timeline.Kind.PRODUCTION_MODEL);
        assertThat(primeMinistersCertificate(farmer, 2025)).isTrue();
        assertThat(primeMinistersCertificate(farmer, 2024)).isFalse(); // one year by the end of 2024
    }

    @Test
    void aModelThatStoppedBeforeTheYearDoesNotCountAndARemovedModelLeavesTheVerdict() {
        long farmer = farmer("Trần Văn Bảy", LocalDate.of(1970, 2, 2), null);
        records.recordProductionModel(farmer, 2020, 2022, "Nuôi bò sinh sản", null);
        assertThat(primeMinistersCertificate(farmer, 2025)).isFalse(); // not effective in 2025

        records.recordProductionModel(farmer, 2023, 2025, "Trồng mì cao sản", "UBND xã xác nhận");
        assertThat(primeMinistersCertificate(farmer, 2025)).isTrue();

        long entry = records.timelineOf(farmer).years().stream()
                .flatMap(y -> y.entries().stream())
                .filter(e -> e.kind() == Timeline.Kind.PRODUCTION_MODEL && e.year() == 2023)
                .findFirst()
                .orElseThrow()
                .id();
        records.remove(farmer, Timeline.Kind.PRODUCTION_MODEL, entry);
        assertThat(primeMinistersCertificate(farmer, 2025)).isFalse();
    }

    @Test
    void aModelEndingBeforeItBeganOrInAYearNotYetPastIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        long farmer = farmer("Lê Văn Tám", LocalDate.of(1980, 8, 8), null);

        assertThatThrownBy(() -> records.recordProductionModel(farmer, 2024, 2023, "Nuôi cá lồng", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("modelUntil"));
        assertThatThrownBy(() -> records.recordProductionModel(farmer, 2024, 2027, "Nuôi cá lồng", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.achievement.modelFuture"));
        String html = mvc.perform(post("/people/{id}/record/models", farmer)
                        .header("HX-Request", "true")
                        .param("since", "2024")
                        .param("name", " ")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());

        assertThat(html).contains("Tên mô hình sản xuất");
        assertThat(records.historyOf(farmer).productionModels()).isEmpty();
    }

    @Test
    void anImportedModelRowFeedsTheRouteAndTheListPutsFarmersFirstAndCountsTheirShare() throws Exception {
        // given
        long farmer = farmer("Võ Văn Chín", LocalDate.of(1978, 9, 9), "072078009911");
        byte[] file = Workbooks.bytes(Workbooks.sheet("Hồ sơ", RecordsImport.COLUMNS, List.<String[]>of(new String[] {
            "1",
            "Võ Văn Chín",
            "",
            "072078009911",
            "",
            "Mô hình sản xuất, kinh doanh giỏi",
            "2023",
            "Trồng dưa lưới trong nhà màng",
            "",
            "",
            "UBND xã Ninh Điền xác nhận",
            "2025"
        })));

        // when
        ImportJobs.Job job = ImportUploads.upload(mvc, jobs, "/records/import", file, "mo-hinh.xlsx", "bantdkt");
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext()); // MockMvc cleared it

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(records.historyOf(farmer).productionModels())
                .extracting(History.ProductionModelEntry::since, History.ProductionModelEntry::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, 2025));
        EligibilityLists.UnitList list = lists.forUnit(tayNinh.currentUnit("Xã Ninh Điền"), 2025);
        List<EligibilityLists.Entry> certificates = list.eligible().stream()
                .filter(e -> e.award() == Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                .toList();
        assertThat(certificates)
                .filteredOn(e -> e.subjectId() == farmer)
                .singleElement()
                .matches(EligibilityLists.Entry::priority);
        for (Award award : Award.values()) {
            List<EligibilityLists.Entry> forAward = list.eligible().stream()
                    .filter(e -> e.award() == award && e.kind() == Candidate.Kind.INDIVIDUAL)
                    .toList();
            int firstOther = firstIndex(forAward, false);
            int lastPriority = lastIndex(forAward, true);
            assertThat(lastPriority)
                    .as("%s: direct workers before others", award)
                    .isLessThan(firstOther < 0 ? Integer.MAX_VALUE : firstOther);
            if (!forAward.isEmpty()) {
                assertThat(list.priorityShares())
                        .filteredOn(s -> s.award() == award)
                        .singleElement()
                        .satisfies(s -> {
                            assertThat(s.eligible()).isEqualTo(forAward.size());
                            assertThat(s.priority()).isEqualTo((int) forAward.stream()
                                    .filter(EligibilityLists.Entry::priority)
                                    .count());
                        });
            }
        }
        String page = mvc.perform(get("/eligibility")
                        .param("unit", String.valueOf(tayNinh.currentUnit("Xã Ninh Điền")))
                        .param("year", "2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
        assertThat(page).contains("id=\"priority-shares\"", "trực tiếp lao động, sản xuất", "Võ Văn Chín");
    }

    private static int firstIndex(List<EligibilityLists.Entry> entries, boolean priority) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).priority() == priority) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<EligibilityLists.Entry> entries, boolean priority) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).priority() == priority) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void twoRatingsForOneYearInAFileAreRefusedNamingTheRowsWhateverTheirOrder() throws Exception {
        // given: a farmer already rated for 2023; the file rates 2024 twice, differently, and 2023 again
        long farmer = farmer("Phạm Văn Mười", LocalDate.of(1982, 10, 10), "072082001010");
        records.rate(farmer, 2023, Rating.GOOD);
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Hồ sơ",
                RecordsImport.COLUMNS,
                List.of(
                        new String[] {"1", "Phạm Văn Mười", "", "072082001010", "", "Xếp loại", "2024", "HTXSNV"},
                        new String[] {"2", "Phạm Văn Mười", "", "072082001010", "", "Xếp loại", "2024", "HTNV"},
                        new String[] {"3", "Phạm Văn Mười", "", "072082001010", "", "Xếp loại", "2023", "HTXSNV"})));

        // when
        ImportJobs.Job job = ImportUploads.upload(mvc, jobs, "/records/import", file, "hai-xep-loai.xlsx", "bantdkt");
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());

        // then: Excel rows 3 and 4 are named, with the first row of the year; nothing is written
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> p[0] + " " + p[1] + " " + p[2] + " " + p[3])
                .containsExactly("3 year import.records.ratingTwice 2", "4 year import.records.ratingRecorded 2023");
        assertThat(records.historyOf(farmer).ratings())
                .extracting(History.RatingEntry::year, History.RatingEntry::rating)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, Rating.GOOD));
    }

    @Test
    void theDatabaseHoldsOneRatingAYearAndAnEntryOnThePageCorrectsIt() {
        long farmer = farmer("Đặng Văn Một", LocalDate.of(1985, 1, 1), null);
        records.rate(farmer, 2024, Rating.GOOD);

        assertThatThrownBy(() -> jdbc.sql("insert into achievement_rating (person_id, rating_year, rating)"
                                + " values (:p, 2024, 'EXCELLENT')")
                        .param("p", farmer)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        records.rate(farmer, 2024, Rating.EXCELLENT); // the stated rule: a later entry corrects the year

        assertThat(records.historyOf(farmer).ratings())
                .extracting(History.RatingEntry::rating)
                .containsExactly(Rating.EXCELLENT);
    }
}
