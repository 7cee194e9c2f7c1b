package vn.thidua.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.shared.SearchWords;

/**
 * Search of the portal's published articles and documents from the word index
 * {@code portal_search_word} (ADR 0028): the item's words are written with the item, and a query
 * reads a range of the index per word (word-start match, diacritics and case ignored), starting
 * from its rarest word, then keeps the published items holding every other word, newest first.
 */
@Service
@Order(40) // after the portal's seed (PortalSeed, 30)
public class PortalSearch implements ApplicationRunner {

    static final String ARTICLE = "A";
    static final String DOCUMENT = "D";

    /** A query word with fewer items than this drives the search; otherwise the list is walked. */
    static final int RARE = 2_000;

    private static final Logger log = LoggerFactory.getLogger(PortalSearch.class);

    private static final String HOLDS = " and exists (select 1 from portal_search_word w%1$d where w%1$d.kind = :k"
            + " and w%1$d.item_id = x.id and w%1$d.word >= :f%1$d and w%1$d.word < :u%1$d)";
    private static final String DRIVES = " and x.id in (select w.item_id from portal_search_word w where w.kind = :k"
            + " and w.word >= :f0 and w.word < :u0)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;

    PortalSearch(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
    }

    /**
     * The rows of {@code select} (an item table aliased {@code x}, with its own conditions) holding
     * every word of the query, in {@code order}, at most {@code limit}.
     */
    <T> List<T> find(
            String kind,
            String select,
            String order,
            String query,
            int limit,
            org.springframework.jdbc.core.RowMapper<T> rows) {
        Query q = query(kind, select, order, query, limit);
        return q == null
                ? List.of()
                : jdbc.sql(q.sql()).params(q.params()).query(rows).list();
    }

    /** The database's plan (EXPLAIN) for the statement {@link #find} runs; empty when none runs. */
    String plan(String kind, String select, String order, String query, int limit) {
        Query q = query(kind, select, order, query, limit);
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

    private Query query(String kind, String select, String order, String query, int limit) {
        List<String> words = new ArrayList<>(SearchWords.query(query));
        if (words.isEmpty()) {
            return null;
        }
        List<long[]> counts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            counts.add(new long[] {i, items(kind, words.get(i))});
        }
        counts.sort(Comparator.comparingLong(c -> c[1]));
        if (counts.get(0)[1] == 0) {
            return null;
        }
        List<String> ordered = counts.stream().map(c -> words.get((int) c[0])).toList();
        boolean rare = counts.get(0)[1] < RARE;
        StringBuilder sql = new StringBuilder(select);
        if (rare) {
            sql.append(DRIVES);
        }
        for (int i = rare ? 1 : 0; i < ordered.size(); i++) {
            sql.append(HOLDS.formatted(i));
        }
        sql.append(order).append(" fetch first :n rows only");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("k", kind);
        params.put("n", limit);
        for (int i = 0; i < ordered.size(); i++) {
            params.put("f" + i, ordered.get(i));
            params.put("u" + i, SearchWords.after(ordered.get(i)));
        }
        return new Query(sql.toString(), params);
    }

    /** How many items of a kind hold a word starting with {@code word}, counted up to {@link #RARE}. */
    private long items(String kind, String word) {
        return jdbc.sql("select count(*) from (select 1 from portal_search_word where kind = :k and word >= :f"
                        + " and word < :u fetch first " + RARE + " rows only) x")
                .param("k", kind)
                .param("f", word)
                .param("u", SearchWords.after(word))
                .query(Long.class)
                .single();
    }

    /** Writes an article's words anew (in the caller's transaction, with the article). */
    void article(long id) {
        jdbc.sql("select title, summary, body from portal_article where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    write(ARTICLE, id, SearchWords.of(rs.getString(1), rs.getString(2), rs.getString(3)));
                    return id;
                })
                .list();
    }

    /** Writes a document's words anew (in the caller's transaction, with the document). */
    void document(long id) {
        jdbc.sql("select number_symbol, title, summary, issuer from portal_document where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    write(
                            DOCUMENT,
                            id,
                            SearchWords.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    return id;
                })
                .list();
    }

    private void write(String kind, long id, java.util.Set<String> words) {
        jdbc.sql("delete from portal_search_word where kind = :k and item_id = :id")
                .param("k", kind)
                .param("id", id)
                .update();
        template.batchUpdate(
                "insert into portal_search_word (kind, item_id, word) values (?, ?, ?) on conflict do nothing",
                words.stream().map(w -> new Object[] {kind, id, w}).toList());
    }

    /**
     * The words of every article and document that has none yet (the seed, bulk loads, databases
     * from before the index); returns how many items were indexed.
     */
    public int indexMissing() {
        int total = 0;
        for (String kind : List.of(ARTICLE, DOCUMENT)) {
            String table = ARTICLE.equals(kind) ? "portal_article" : "portal_document";
            long after = 0;
            while (true) {
                List<Long> ids = jdbc.sql("select t.id from " + table + " t where t.id > :after and not exists"
                                + " (select 1 from portal_search_word w where w.kind = :k and w.item_id = t.id)"
                                + " order by t.id fetch first 1000 rows only")
                        .param("k", kind)
                        .param("after", after)
                        .query(Long.class)
                        .list();
                if (ids.isEmpty()) {
                    break;
                }
                for (Long id : ids) {
                    if (ARTICLE.equals(kind)) {
                        article(id);
                    } else {
                        document(id);
                    }
                }
                total += ids.size();
                after = ids.get(ids.size() - 1);
            }
        }
        return total;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Integer indexed = tx.execute(status -> indexMissing());
        if (indexed != null && indexed > 0) {
            log.info(
                    "Chỉ mục tìm kiếm cổng thông tin: {} bài viết và văn bản trong {} ms",
                    indexed,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
