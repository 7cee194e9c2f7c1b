package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thidua.IntegrationTest;
import vn.thidua.decision.HonourRoll;
import vn.thidua.organization.PersonSearch;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.VietnameseText;

/**
 * Issue 18 / ADR 0028: {@code --thidua.demo.volume=national} at a hundredth (20,000 people, about
 * 200,000 record facts, 10,000 honour-roll entries, 50 articles, 50 documents), loaded at start-up
 * like the full volume; the counts it reports are the database's, a second run adds nothing, and
 * search reads the word index.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@TestPropertySource(properties = {"thidua.demo.volume=national", "thidua.demo.volume-scale=0.01"})
class NationalVolumeIntegrationTests {

    @Autowired
    NationalVolume volume;

    @Autowired
    HonourRoll honourRoll;

    @Autowired
    PersonSearch people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TayNinhFixtures tayNinh;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theLoaderWritesTheScaledVolumeAndItsProgressMatchesTheDatabase() {
        long people = count("select count(*) from organization_person where national_id not like '072%'");
        long facts = count("""
                select (select count(*) from achievement_rating r join organization_person p on p.id = r.person_id
                          where p.national_id not like '072%')
                     + (select count(*) from achievement_title t join organization_person p on p.id = t.person_id
                          where p.national_id not like '072%')
                     + (select count(*) from achievement_award a join organization_person p on p.id = a.person_id
                          where p.national_id not like '072%')
                     + (select count(*) from achievement_initiative i join organization_person p on p.id = i.person_id
                          where p.national_id not like '072%')""");
        assertThat(people).isEqualTo(20_000);
        assertThat(count("select done from demo_volume_step where step = 'people'"))
                .isEqualTo(people);
        assertThat(count("select done from demo_volume_step where step = 'facts'"))
                .isEqualTo(facts);
        assertThat(facts).isBetween(9L * people, 12L * people); // about ten facts a person
        assertThat(count("select count(*) from decision_recipient where code like 'V%' and honoured_on is not null"))
                .isEqualTo(10_000)
                .isEqualTo(count("select done from demo_volume_step where step = 'honours'"));
        assertThat(count("select count(distinct recipient_id) from decision_honour_word w"
                        + " join decision_recipient r on r.id = w.recipient_id where r.code like 'V%'"))
                .isEqualTo(10_000);
        assertThat(count("select count(*) from portal_article where slug like 'khoi-luong-%' and status = 'PUBLISHED'"))
                .isEqualTo(50);
        assertThat(count("select count(*) from portal_document where title like '%(dữ liệu khối lượng)%'"
                        + " or number_symbol like '1___/%'"))
                .isEqualTo(50);
        assertThat(count("select count(*) from organization_person_name_key k join organization_person p"
                        + " on p.id = k.organization_person where p.national_id not like '072%'"))
                .isGreaterThanOrEqualTo(3 * people);
    }

    @Test
    void runningTheLoaderAgainAddsNothing() {
        long people = count("select count(*) from organization_person");
        long honours = count("select count(*) from decision_recipient");
        long words = count("select count(*) from decision_honour_word");

        NationalVolume.Loaded again = volume.load();

        assertThat(again.people()).isEqualTo(20_000);
        assertThat(again.honours()).isEqualTo(10_000);
        assertThat(count("select count(*) from organization_person")).isEqualTo(people);
        assertThat(count("select count(*) from decision_recipient")).isEqualTo(honours);
        assertThat(count("select count(*) from decision_honour_word")).isEqualTo(words);
    }

    @Test
    void theHonourRollIsSearchedWithoutDiacriticsFromTheWordIndex() {
        Object[] someone = jdbc.sql("select full_name, position, code from decision_recipient where code like 'V%'"
                        + " order by id fetch first 1 rows only")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        String name = (String) someone[0];
        String folded = VietnameseText.fold(name).toUpperCase(Locale.ROOT); // typed without marks, in capitals

        // each query word starts a word of the entry's name or position ("ngo" also finds "Ngọc")
        assertThat(honourRoll.search(folded, 200))
                .extracting(vn.thidua.decision.Certificates.Honoured::code)
                .contains((String) someone[2]);
        assertThat(honourRoll.search(folded, 200)).allSatisfy(h -> {
            var words = vn.thidua.shared.SearchWords.of(h.fullName(), h.position());
            for (String q : vn.thidua.shared.SearchWords.query(folded)) {
                assertThat(words).anyMatch(w -> w.startsWith(q));
            }
        });
        assertThat(honourRoll.search("nguyen", 200)).hasSize(200); // a common word: the newest 200

        // a rare name drives the search from the word index; a common word walks the roll's index
        String rare = honourRoll
                .plan(folded + " " + VietnameseText.fold((String) someone[1]), 200)
                .toLowerCase(Locale.ROOT);
        // H2 marks a full scan ".tableScan", PostgreSQL "Seq Scan on"; each names the index it reads
        assertThat(rare)
                .containsAnyOf("decision_honour_word_recipient_ix", "decision_honour_word_pk")
                .doesNotContain("tablescan", "seq scan on decision_honour_word", "seq scan on decision_recipient");
        // "xa" starts "Xã", the word of most positions: more entries than a search drives from (5,000)
        assertThat(count("select count(distinct recipient_id) from decision_honour_word where word >= 'xa'"
                        + " and word < 'xb'"))
                .isGreaterThan(5_000);
        assertThat(honourRoll.search("xa", 200)).hasSize(200);
        String common = honourRoll.plan("xa", 200).toLowerCase(Locale.ROOT);
        assertThat(common)
                .contains("decision_recipient_honour_ix")
                .doesNotContain("seq scan on decision_recipient", "decision_recipient.tablescan");
    }

    @Test
    void personSearchFindsThePeopleOfTheVolume() {
        String name = jdbc.sql("select full_name from organization_person where national_id like '001%'"
                        + " order by id fetch first 1 rows only")
                .query(String.class)
                .single();
        var hits = tayNinh.as("bantdkt", () -> people.search(VietnameseText.fold(name), 50));
        assertThat(hits)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(VietnameseText.fold(h.fullName())).contains(VietnameseText.fold(name)));
    }
}
