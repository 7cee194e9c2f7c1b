package vn.thidua.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.decision.Certificates.Honoured;
import vn.thidua.shared.SearchWords;

/**
 * The public honour roll at any size (ADR 0028): every valid award of a signed decision, newest
 * first, read from one index on the recipient ({@code honoured_on}, set when the decision is signed)
 * so a page stops at its size; and searched by the words of the name and position, diacritics
 * ignored, from the word index {@code decision_honour_word}. A search starts from its rarest word
 * when that word is rare, and otherwise walks the roll in order and keeps the entries holding every
 * word: both stop after a bounded amount of work.
 */
@Service
@Order(50)
public class HonourRoll implements ApplicationRunner {

    /** A query word with fewer entries than this drives the search; otherwise the roll is walked. */
    static final int RARE = 5_000;

    private static final int CHUNK = 5_000;
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Logger log = LoggerFactory.getLogger(HonourRoll.class);

    /**
     * The roll's entries are chosen and ordered on the recipient alone, in a derived table, so the
     * database walks the index {@code (honoured_on desc, decision_number desc, seq)} and stops at the
     * page's size; joined to the decision (for its symbol) only afterwards. Written as one join, H2
     * starts from the decisions and sorts every entry.
     */
    private static final String ENTRIES = """
      select r.id, r.decision_id, r.seq, r.full_name, r.position, r.award, r.posthumous, r.decision_number,
             r.honoured_on, r.code
      from decision_recipient r
      where r.honoured_on is not null and r.status = 'VALID'%s
      order by r.honoured_on desc, r.decision_number desc, r.seq
      offset :o rows fetch next :n rows only""";

    private static final String ROLL = """
      select r.full_name, r.position, r.award, r.posthumous, r.decision_number, d.symbol, r.honoured_on, r.code
      from (%s) r join decision_decision d on d.id = r.decision_id
      order by r.honoured_on desc, r.decision_number desc, r.seq""";

    private static String roll(String conditions) {
        return ROLL.formatted(ENTRIES.formatted(conditions));
    }

    private static final String HOLDS = " and exists (select 1 from decision_honour_word w%1$d"
            + " where w%1$d.recipient_id = r.id and w%1$d.word >= :f%1$d and w%1$d.word < :u%1$d)";
    private static final String DRIVES = " and r.id in (select w.recipient_id from decision_honour_word w"
            + " where w.word >= :f0 and w.word < :u0)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    HonourRoll(JdbcClient jdbc, JdbcTemplate template, MessageSource messages, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.template = template;
        this.messages = messages;
        this.tx = tx;
    }

    /** The newest {@code limit} entries. */
    @Transactional(readOnly = true)
    public List<Honoured> newest(int limit) {
        return newest(0, limit);
    }

    /** At most {@code limit} entries after the newest {@code offset}: a page of the roll. */
    @Transactional(readOnly = true)
    public List<Honoured> newest(int offset, int limit) {
        return jdbc.sql(roll(""))
                .param("o", offset)
                .param("n", limit)
                .query(this::honoured)
                .list();
    }

    /** Up to {@code limit} entries whose name or position has a word starting with each query word. */
    @Transactional(readOnly = true)
    public List<Honoured> search(String query, int limit) {
        Query q = query(query, limit);
        return q == null
                ? List.of()
                : jdbc.sql(q.sql()).params(q.params()).query(this::honoured).list();
    }

    /**
     * The database's plan for the statement {@link #search} runs for this query (EXPLAIN), to see
     * that it reads the indexes; empty when the query needs no statement.
     */
    @Transactional(readOnly = true)
    public String plan(String query, int limit) {
        Query q = query(query, limit);
        return q == null
                ? ""
                : String.join(
                        "\n",
                        jdbc.sql("explain " + q.sql())
                                .params(q.params())
                                .query((rs, n) -> rs.getString(1))
                                .list());
    }

    record Query(String sql, java.util.Map<String, Object> params) {}

    private Query query(String query, int limit) {
        List<String> words = new ArrayList<>(SearchWords.query(query));
        if (words.isEmpty()) {
            return null;
        }
        // the rarest word first, counted no further than RARE entries (an index-only range scan)
        List<long[]> counts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            counts.add(new long[] {i, entries(words.get(i))});
        }
        counts.sort(Comparator.comparingLong(c -> c[1]));
        if (counts.get(0)[1] == 0) {
            return null;
        }
        List<String> ordered = counts.stream().map(c -> words.get((int) c[0])).toList();
        boolean rare = counts.get(0)[1] < RARE;
        StringBuilder where = new StringBuilder();
        if (rare) {
            where.append(DRIVES);
        }
        for (int i = rare ? 1 : 0; i < ordered.size(); i++) {
            where.append(HOLDS.formatted(i));
        }
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("o", 0);
        params.put("n", limit);
        for (int i = 0; i < ordered.size(); i++) {
            params.put("f" + i, ordered.get(i));
            params.put("u" + i, SearchWords.after(ordered.get(i)));
        }
        return new Query(roll(where.toString()), params);
    }

    /** How many entries hold a word starting with {@code word}, counted up to {@link #RARE}. */
    private long entries(String word) {
        return jdbc.sql("select count(*) from (select 1 from decision_honour_word where word >= :f and word < :u"
                        + " fetch first " + RARE + " rows only) x")
                .param("f", word)
                .param("u", SearchWords.after(word))
                .query(Long.class)
                .single();
    }

    /**
     * Puts a signed decision's recipients on the roll: their place in its order and their words.
     * A revocation puts nobody on it (it takes awards off, by their status).
     */
    @Transactional
    void signed(Decision d) {
        if (d.kind() == Decision.Kind.REVOCATION) {
            return;
        }
        jdbc.sql("update decision_recipient set honoured_on = :on, decision_number = :n where decision_id = :d")
                .param("on", d.decidedOn())
                .param("n", d.number())
                .param("d", d.id())
                .update();
        indexAfter(0, d.id());
    }

    /**
     * Writes the words of every entry of the roll after recipient {@code afterId} that has none yet
     * (bulk loads, and databases from before the index); returns how many entries were indexed.
     */
    public int indexAfter(long afterId) {
        return indexAfter(afterId, null);
    }

    private int indexAfter(long afterId, Long decisionId) {
        int total = 0;
        long after = afterId;
        while (true) {
            long from = after;
            List<Object[]> rows = jdbc.sql("select r.id, r.full_name, r.position from decision_recipient r"
                            + " where r.id > :after and r.honoured_on is not null"
                            + (decisionId == null ? "" : " and r.decision_id = :d")
                            + " and not exists (select 1 from decision_honour_word w where w.recipient_id = r.id)"
                            + " order by r.id fetch first " + CHUNK + " rows only")
                    .param("after", from)
                    .param("d", decisionId)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                    .list();
            if (rows.isEmpty()) {
                return total;
            }
            List<Object[]> words = new ArrayList<>();
            for (Object[] row : rows) {
                for (String word : SearchWords.of((String) row[1], (String) row[2])) {
                    words.add(new Object[] {word, row[0]});
                }
            }
            template.batchUpdate(
                    "insert into decision_honour_word (word, recipient_id) values (?, ?) on conflict do nothing",
                    words);
            total += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }

    /** At start-up, the entries written before the index existed (or by a bulk path) get their words. */
    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Integer indexed = tx.execute(status -> indexAfter(0));
        if (indexed != null && indexed > 0) {
            log.info(
                    "Chỉ mục tìm kiếm bảng vinh danh: {} mục trong {} ms",
                    indexed,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Honoured honoured(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Honoured(
                rs.getString(1),
                rs.getString(2),
                messages.getMessage("award." + rs.getString(3), null, rs.getString(3), VI),
                rs.getBoolean(4),
                Decision.numberText(rs.getObject(5, Integer.class), rs.getString(6)),
                rs.getObject(7, java.time.LocalDate.class),
                rs.getString(8));
    }
}
