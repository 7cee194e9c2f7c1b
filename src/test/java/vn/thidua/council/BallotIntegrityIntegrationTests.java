package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.TestDatabase;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Outcome;
import vn.thidua.council.Councils.Choice;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.InvalidInput;

/**
 * Issue 14, cases 6 and 7, replayed: linking ballots to voters through PostgreSQL's row versions
 * (xmin, dead tuples read with pageinspect, ctid), H2's hidden row id, the server's statement log
 * and the audit trail; members added after the ballot opened; counts and minutes while voting.
 */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
@WithUserDetails("bantdkt")
class BallotIntegrityIntegrationTests {

    private static final LocalDate MEETING = LocalDate.of(2026, 1, 15);
    private static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    @Autowired
    Councils councils;

    @Autowired
    CouncilMinutes minutes;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    CouncilFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    /** An open session of a three-member provincial council with two nominees of Sở Giáo dục và Đào tạo. */
    private record Ballot(Councils.Council council, Councils.Session session, long first, long second, long dossier) {}

    private Ballot open(String name, String unit, int... people) {
        long province = tayNinh.currentUnit("Tỉnh Tây Ninh");
        Councils.Council c = councils.create(name, province, LocalDate.of(2025, 7, 1), null, "QĐ 1/QĐ-UBND");
        councils.addMember(
                c.id(),
                "hoidong1",
                "Trương Văn Lực",
                "Giám đốc Sở Nội vụ",
                Councils.MemberRole.STANDING_VICE_CHAIR,
                tayNinh.currentUnit("Sở Nội vụ"));
        councils.addMember(
                c.id(),
                "hoidong2",
                "Đặng Thị Kim Oanh",
                "Giám đốc Sở Tài chính",
                Councils.MemberRole.MEMBER,
                tayNinh.currentUnit("Sở Tài chính"));
        councils.addMember(
                c.id(),
                "hoidong3",
                "Huỳnh Quốc Bảo",
                "Chủ tịch Liên đoàn Lao động tỉnh",
                Councils.MemberRole.MEMBER,
                null);
        Dossier d = fixtures.appraised(
                unit,
                "Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025 (" + name + ")",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                people);
        Councils.Session s = councils.schedule(c.id(), MEETING, "Hội trường UBND tỉnh", "Xét khen thưởng năm 2025");
        councils.addToAgenda(s.id(), d.id());
        councils.recordAttendance(s.id(), Set.copyOf(Councils.ids(councils.members(c.id()))));
        Councils.Session open = councils.open(s.id(), s.version());
        List<Long> nominees =
                dossiers.nominees(d.id()).stream().map(n -> n.id()).sorted().toList();
        return new Ballot(c, open, nominees.get(0), nominees.get(1), d.id());
    }

    private void vote(String member, Ballot b, long nominee, Choice choice) {
        tayNinh.as(member, () -> {
            councils.vote(b.session().id(), nominee, choice);
            return null;
        });
    }

    /** Case 6's ballots: six votes, cast so that the voting order is not the order of the choices. */
    private void castSix(Ballot b) {
        vote("hoidong1", b, b.first(), Choice.AGAINST);
        vote("hoidong1", b, b.second(), Choice.FOR);
        vote("hoidong2", b, b.first(), Choice.FOR);
        vote("hoidong2", b, b.second(), Choice.ABSTAIN);
        vote("hoidong3", b, b.first(), Choice.FOR);
        vote("hoidong3", b, b.second(), Choice.FOR);
    }

    private Councils.Session close(Ballot b) {
        return councils.close(
                b.session().id(), councils.session(b.session().id()).version());
    }

    // ---- case 6: row versions, hidden row order, dead tuples

    @Test
    void onPostgresNoRowVersionLiveOrDeadLinksAVoterToAChoice() throws Exception {
        assumeTrue(TestDatabase.postgres(), "xmin, ctid and heap pages are PostgreSQL's");
        execute("create extension if not exists pageinspect");
        Ballot b = open("Hội đồng TĐKT tỉnh (kiểm thử phiên bản dòng)", "Sở Giáo dục và Đào tạo", 4, 5);

        castSix(b);

        Set<String> voteTransactions =
                new HashSet<>(jdbc.sql("select xmin::text from council_ballot_cast where session_id = :s")
                        .param("s", b.session().id())
                        .query(String.class)
                        .list());
        assertThat(voteTransactions).hasSize(6);
        // while voting: the votes' transactions wrote sealed ballots (found, so this looks in the right
        // place) holding no choice, and no version of any count
        List<Tuple> sealed = tuplesOf("council_sealed_ballot", voteTransactions);
        assertThat(sealed)
                .hasSize(6)
                .allSatisfy(t -> assertThat(t.holdsAChoice()).isFalse());
        assertThat(tuplesOf("council_tally", voteTransactions)).isEmpty();
        assertThat(tuplesOf("council_ballot", voteTransactions)).isEmpty();
        assertThat(tuplesOf("audit_entry", voteTransactions))
                .hasSize(6)
                .allSatisfy(t -> assertThat(t.holdsAChoice()).isFalse());
        assertThat(jdbc.sql("select sealed from council_sealed_ballot where session_id = :s")
                        .param("s", b.session().id())
                        .query(String.class)
                        .list())
                .allSatisfy(v -> assertThat(v).matches("[0-9a-f]{58}"));

        close(b);

        // after closing: every opened ballot is a version of the closing transaction alone
        List<String> openedBy = jdbc.sql("select distinct xmin::text from council_ballot where session_id = :s")
                .param("s", b.session().id())
                .query(String.class)
                .list();
        assertThat(openedBy).hasSize(1).doesNotContainAnyElementsOf(voteTransactions);
        for (String table : List.of("council_ballot", "council_tally", "council_sealed_ballot", "audit_entry")) {
            assertThat(tuplesOf(table, voteTransactions))
                    .as(table)
                    .allSatisfy(t -> assertThat(t.holdsAChoice()).isFalse());
        }
        assertThat(tuplesOf("council_ballot", voteTransactions)).isEmpty();
        assertThat(tuplesOf("council_tally", voteTransactions)).isEmpty();
        assertThat(councils.tallies(b.session().id()))
                .extracting(Councils.Tally::votesFor, Councils.Tally::against, Councils.Tally::abstentions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 1, 0), org.assertj.core.groups.Tuple.tuple(2, 0, 1));
    }

    @Test
    void openedBallotsLieInTheOrderOfTheirChoicesSoNoHiddenRowOrderGivesTheVotingOrder() {
        Ballot b = open("Hội đồng TĐKT tỉnh (kiểm thử thứ tự dòng)", "Sở Giáo dục và Đào tạo", 6, 7);
        castSix(b);
        // the participation rows do follow the voting order; sealed, the ballots say nothing
        String order = TestDatabase.postgres() ? "ctid" : "_ROWID_";
        assertThat(jdbc.sql("select sealed from council_sealed_ballot where session_id = :s order by " + order)
                        .param("s", b.session().id())
                        .query(String.class)
                        .list())
                .hasSize(6)
                .allSatisfy(v -> assertThat(v)
                        .hasSize(58)
                        .doesNotContainIgnoringCase("for")
                        .doesNotContainIgnoringCase("against")
                        .doesNotContainIgnoringCase("abstain"));

        close(b);

        for (long nominee : List.of(b.first(), b.second())) {
            List<String> stored = jdbc.sql("select choice from council_ballot where session_id = :s and nominee_id = :n"
                            + " order by " + order)
                    .param("s", b.session().id())
                    .param("n", nominee)
                    .query(String.class)
                    .list();
            // cast as AGAINST, FOR, FOR and FOR, ABSTAIN, FOR: stored in the choices' own order
            assertThat(stored)
                    .containsExactlyElementsOf(
                            nominee == b.first() ? List.of("FOR", "FOR", "AGAINST") : List.of("FOR", "FOR", "ABSTAIN"));
        }
        assertThat(jdbc.sql("select count(*) from council_sealed_ballot where session_id = :s")
                        .param("s", b.session().id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select * from council_ballot where session_id = :s")
                        .param("s", b.session().id())
                        .query()
                        .listOfRows())
                .allSatisfy(row -> assertThat(row.keySet())
                        .extracting(k -> k.toLowerCase(java.util.Locale.ROOT))
                        .containsExactlyInAnyOrder("id", "session_id", "nominee_id", "choice"));
        // the audit trail: who voted on what, never how
        List<Map<String, Object>> audit = jdbc.sql("select actor, after_state from audit_entry"
                        + " where entity_type = 'council-vote' and entity_id = :s order by id")
                .param("s", String.valueOf(b.session().id()))
                .query()
                .listOfRows();
        assertThat(audit).hasSize(6).allSatisfy(row -> {
            String after = String.valueOf(value(row, "after_state"));
            assertThat(after).startsWith("member=hoidong");
            CHOICES.forEach(c -> assertThat(after).doesNotContainIgnoringCase(c));
            assertThat(after).doesNotContain("Đồng ý", "Không đồng ý", "Không biểu quyết");
        });
    }

    @Test
    void aSealedBallotMovedToAnotherNomineeStopsTheCountAndNothingIsWritten() {
        Ballot b = open("Hội đồng TĐKT tỉnh (kiểm thử niêm phong)", "Sở Y tế", 2, 3);
        vote("hoidong1", b, b.first(), Choice.AGAINST);
        vote("hoidong1", b, b.second(), Choice.FOR);
        // someone with write access swaps the two sealed ballots between the nominees
        List<Map<String, Object>> rows = jdbc.sql(
                        "select id, nominee_id, sealed from council_sealed_ballot where session_id = :s")
                .param("s", b.session().id())
                .query()
                .listOfRows();
        assertThat(rows).hasSize(2);
        jdbc.sql("update council_sealed_ballot set sealed = :v where id = :id")
                .param("v", value(rows.get(1), "sealed"))
                .param("id", value(rows.get(0), "id"))
                .update();

        assertThatThrownBy(() -> close(b)).isInstanceOf(IllegalStateException.class);

        assertThat(councils.session(b.session().id()).status()).isEqualTo(Councils.SessionStatus.OPEN);
        assertThat(councils.tallies(b.session().id()))
                .allSatisfy(t -> assertThat(t.outcome()).isNull());
        assertThat(jdbc.sql("select count(*) from council_ballot where session_id = :s")
                        .param("s", b.session().id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    // ---- case 6: the statement log

    @Test
    void thePostgresStatementLogNeverShowsAChoiceInTheTransactionThatNamesTheMember() throws Exception {
        assumeTrue(TestDatabase.postgres(), "the statement log is PostgreSQL's");
        Ballot b = open("Hội đồng TĐKT tỉnh (kiểm thử nhật ký lệnh)", "Sở Y tế", 4, 5);
        java.nio.file.Path serverLog = TestDatabase.serverLog();
        long from = java.nio.file.Files.size(serverLog);
        execute("alter system set log_statement = 'all'");
        execute("select pg_reload_conf()");
        try {
            Thread.sleep(300); // backends take the new setting at their next command
            castSix(b);
            List<String> voting = linesUntil(serverLog, from, "ballot-log-marker-voted");
            close(b);
            List<String> closing = linesUntil(serverLog, from, "ballot-log-marker-closed");
            closing = closing.subList(voting.size(), closing.size());

            // the log was captured: each vote's participation row and sealed ballot are in it
            assertThat(voting)
                    .filteredOn(l -> l.contains("insert into council_ballot_cast"))
                    .hasSizeGreaterThanOrEqualTo(6);
            assertThat(voting)
                    .filteredOn(l -> l.contains("insert into council_sealed_ballot"))
                    .hasSizeGreaterThanOrEqualTo(6);
            // no plain choice and no count while members vote
            assertThat(choicesIn(voting)).isEmpty();
            assertThat(voting).noneMatch(l -> l.contains("update council_tally"));
            // at closing, choices appear only in the opened ballots' inserts, in the choices' own order
            List<String> closingChoices = choicesIn(closing);
            assertThat(closingChoices).containsExactly("FOR", "FOR", "AGAINST", "FOR", "FOR", "ABSTAIN");
            assertThat(statementsCarryingAChoice(closing))
                    .allSatisfy(st -> assertThat(st)
                            .contains("insert into council_ballot (id, session_id, nominee_id, choice)")
                            .doesNotContain("member"));
        } finally {
            execute("alter system reset log_statement");
            execute("select pg_reload_conf()");
        }
    }

    // ---- case 7: the denominator, counts and minutes while voting

    @Test
    void membersAddedAfterTheBallotOpensNeitherVoteNorChangeTheThreshold() {
        Ballot b = open("Hội đồng TĐKT tỉnh (kiểm thử mẫu số)", "Sở Giáo dục và Đào tạo", 8, 9);
        vote("hoidong1", b, b.first(), Choice.FOR);
        vote("hoidong2", b, b.first(), Choice.FOR);
        vote("hoidong3", b, b.first(), Choice.AGAINST);

        councils.addMember(
                b.council().id(), "chutich", "Nguyễn Văn Út", "Chủ tịch UBND tỉnh", Councils.MemberRole.CHAIR, null);
        councils.addMember(
                b.council().id(),
                "lanhdao",
                "Võ Thanh Tùng",
                "Giám đốc Sở Giáo dục và Đào tạo",
                Councils.MemberRole.MEMBER,
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"));
        assertThatThrownBy(() -> vote("chutich", b, b.first(), Choice.AGAINST))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.council.notPresent"));
        assertThat(councils.roll(b.session().id()))
                .extracting(Councils.Member::username)
                .containsExactly("hoidong1", "hoidong2", "hoidong3");

        close(b);

        Councils.Tally first = councils.tallies(b.session().id()).stream()
                .filter(t -> t.nomineeId() == b.first())
                .findFirst()
                .orElseThrow();
        assertThat(first.votesFor()).isEqualTo(2);
        assertThat(first.membersTotal()).isEqualTo(3);
        assertThat(first.outcome()).isEqualTo(Outcome.APPROVED); // 2 of 3, not 2 of 5
        assertThat(dossiers.nominee(b.first()).outcome()).isEqualTo(Outcome.APPROVED);
        String text = pdfText(minutes.write(b.session().id(), DocumentFormat.PDF, k -> k));
        assertThat(text).contains("2/3").contains("Có mặt 3/3").doesNotContain("Nguyễn Văn Út");
    }

    @Test
    void countsAndMinutesExistForNobodyUntilTheBallotCloses() throws Exception {
        Ballot b = open("Hội đồng TĐKT tỉnh (kiểm thử công bố kết quả)", "Sở Y tế", 6, 7);
        vote("hoidong1", b, b.first(), Choice.FOR);
        vote("hoidong2", b, b.first(), Choice.AGAINST);
        long id = b.session().id();

        for (String who : List.of("bantdkt", "admin", "hoidong1", "chutich")) {
            assertThat(tayNinh.as(who, () -> councils.tallies(id))).as(who).allSatisfy(t -> {
                assertThat(t.sealed()).isTrue();
                assertThat(t.votesFor()).isNull();
                assertThat(t.against()).isNull();
                assertThat(t.abstentions()).isNull();
            });
            var response = mvc.perform(get("/council-sessions/{id}", id).with(user(accounts.loadUserByUsername(who))))
                    .andReturn()
                    .getResponse();
            if (who.equals("chutich")) {
                // the signer reads no dossiers, so not the session either (issue 14, case 8)
                assertThat(response.getStatus()).as(who).isEqualTo(404);
                continue;
            }
            assertThat(response.getStatus()).as(who).isEqualTo(200);
            String page = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(who).doesNotContain("· Không đồng ý").contains("đã có 2 phiếu");
            for (String format : List.of("pdf", "docx")) {
                mvc.perform(get("/council-sessions/{id}/minutes." + format, id)
                                .with(user(accounts.loadUserByUsername(who))))
                        .andExpect(status().isNotFound());
            }
        }
        assertThatThrownBy(() -> tayNinh.as("bantdkt", () -> minutes.write(id, DocumentFormat.DOCX, k -> k)))
                .isInstanceOf(CouncilNotFound.class);
        // the database holds no running count either
        assertThat(jdbc.sql("select votes_for + votes_against + abstentions from council_tally where session_id = :s")
                        .param("s", id)
                        .query(Integer.class)
                        .list())
                .containsOnly(0);

        tayNinh.as("bantdkt", () -> close(b));

        String page = mvc.perform(get("/council-sessions/{id}", id).with(user(accounts.loadUserByUsername("bantdkt"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đồng ý 1 · Không đồng ý 1 · Không biểu quyết 0 (đã bỏ 2 phiếu)");
        mvc.perform(get("/council-sessions/{id}/minutes.pdf", id).with(user(accounts.loadUserByUsername("bantdkt"))))
                .andExpect(status().isOk());
        mvc.perform(get("/council-sessions/{id}/minutes.docx", id).with(user(accounts.loadUserByUsername("hoidong1"))))
                .andExpect(status().isOk());
    }

    // ---- helpers

    private record Tuple(String xmin, byte[] data) {

        boolean holdsAChoice() {
            String text = new String(data, StandardCharsets.ISO_8859_1);
            return CHOICES.stream().anyMatch(text::contains);
        }
    }

    /** Every tuple of the table, live or dead, written by one of the transactions: what pageinspect reads. */
    private List<Tuple> tuplesOf(String table, Set<String> transactions) {
        return jdbc
                .sql("""
                select h.t_xmin::text, h.t_data
                from generate_series(0, (pg_relation_size(cast(:t as regclass)) / current_setting('block_size')::int)::int - 1) b,
                     heap_page_items(get_raw_page(:t, b)) h
                where h.t_data is not null""")
                .param("t", table)
                .query((rs, n) -> new Tuple(rs.getString(1), rs.getBytes(2)))
                .list()
                .stream()
                .filter(t -> transactions.contains(t.xmin()))
                .toList();
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        }
    }

    /** The server's log lines written since {@code from}, up to a marker statement, waiting for it. */
    private List<String> linesUntil(java.nio.file.Path serverLog, long from, String marker) throws Exception {
        execute("select '" + marker + "'");
        for (int i = 0; i < 100; i++) {
            byte[] all = java.nio.file.Files.readAllBytes(serverLog);
            List<String> lines = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            if (lines.stream().anyMatch(l -> l.contains(marker) && l.contains("LOG:"))) {
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server log did not show " + marker);
    }

    private static final Pattern CHOICE_PARAMETER = Pattern.compile("= '(FOR|AGAINST|ABSTAIN)'");
    private static final Pattern PID = Pattern.compile("\\[(\\d+)\\]");

    private static List<String> choicesIn(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String l : lines) {
            Matcher m = CHOICE_PARAMETER.matcher(l);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** For each log line whose parameters carry a choice, the statement the same backend logged before it. */
    private static List<String> statementsCarryingAChoice(List<String> lines) {
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!CHOICE_PARAMETER.matcher(lines.get(i)).find()) {
                continue;
            }
            Matcher pid = PID.matcher(lines.get(i));
            String backend = pid.find() ? pid.group() : "";
            String statement = null;
            for (int j = i - 1; j >= 0 && statement == null; j--) {
                if (lines.get(j).contains(backend)
                        && (lines.get(j).contains("execute") || lines.get(j).contains("statement:"))) {
                    statement = lines.get(j);
                }
            }
            statements.add(String.valueOf(statement));
        }
        return statements;
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
