package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * The facts a person and a collective both have — yearly ratings, titles, forms received — kept in
 * tables of the same shape; reading, writing, correcting and auditing them, for either subject.
 * Callers check scope and role first.
 */
@Component
class RecordTables {

    /** Whose record: the tables and the column that names the subject, and the audit type. */
    enum Subject {
        PERSON("person_id", "achievement_", "achievement", RecipientKind.INDIVIDUAL),
        COLLECTIVE("unit_id", "achievement_collective_", "collective", RecipientKind.COLLECTIVE);

        private final String column;
        private final String prefix;
        private final String auditType;
        private final RecipientKind kind;

        Subject(String column, String prefix, String auditType, RecipientKind kind) {
            this.column = column;
            this.prefix = prefix;
            this.auditType = auditType;
            this.kind = kind;
        }

        RecipientKind kind() {
            return kind;
        }

        String table(String fact) {
            return prefix + fact;
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RecordTables(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<History.RatingEntry> ratings(Subject s, Long id) {
        return jdbc.sql("select rating_year, rating from " + s.table("rating") + " where " + s.column
                        + " = :id order by rating_year")
                .param("id", id)
                .query((rs, n) -> new History.RatingEntry(rs.getInt(1), Rating.valueOf(rs.getString(2))))
                .list();
    }

    List<History.TitleEntry> titles(Subject s, Long id) {
        return jdbc.sql("select title_year, title, decision from " + s.table("title") + " where " + s.column
                        + " = :id order by title_year")
                .param("id", id)
                .query((rs, n) -> new History.TitleEntry(rs.getInt(1), Award.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    List<History.AwardEntry> awards(Subject s, Long id) {
        return jdbc.sql("select award_date, form, decision, basis from " + s.table("award") + " where " + s.column
                        + " = :id order by award_date")
                .param("id", id)
                .query((rs, n) -> new History.AwardEntry(
                        rs.getObject(1, LocalDate.class),
                        Award.valueOf(rs.getString(2)),
                        rs.getString(3),
                        Basis.valueOf(rs.getString(4))))
                .list();
    }

    /** Ratings, titles and forms as timeline entries, each with its id. */
    List<Timeline.Entry> timeline(Subject s, Long id) {
        List<Timeline.Entry> entries = new ArrayList<>();
        entries.addAll(
                jdbc.sql("select id, rating_year, rating from " + s.table("rating") + " where " + s.column + " = :id")
                        .param("id", id)
                        .query((rs, n) -> new Timeline.Entry(
                                Timeline.Kind.RATING, rs.getLong(1), rs.getInt(2), null, null, rs.getString(3), null))
                        .list());
        entries.addAll(jdbc.sql("select id, title_year, title, decision, decided_award_id from " + s.table("title")
                        + " where " + s.column + " = :id")
                .param("id", id)
                .query((rs, n) -> new Timeline.Entry(
                        Timeline.Kind.TITLE,
                        rs.getLong(1),
                        rs.getInt(2),
                        null,
                        null,
                        rs.getString(3),
                        rs.getString(4),
                        null,
                        rs.getObject(5) != null))
                .list());
        entries.addAll(jdbc.sql("select id, award_date, form, decision, basis, decided_award_id from "
                        + s.table("award") + " where " + s.column + " = :id")
                .param("id", id)
                .query((rs, n) -> {
                    LocalDate date = rs.getObject(2, LocalDate.class);
                    return new Timeline.Entry(
                            Timeline.Kind.AWARD,
                            rs.getLong(1),
                            date.getYear(),
                            date,
                            null,
                            rs.getString(3),
                            rs.getString(4),
                            Basis.valueOf(rs.getString(5)),
                            rs.getObject(6) != null);
                })
                .list());
        return entries;
    }

    /** Records (or corrects) the yearly rating. */
    void rate(Subject s, Long id, int year, Rating rating) {
        int updated = jdbc.sql("update " + s.table("rating") + " set rating = :r where " + s.column
                        + " = :id and rating_year = :y")
                .param("r", rating.name())
                .param("id", id)
                .param("y", year)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into " + s.table("rating") + " (" + s.column
                            + ", rating_year, rating) values (:id, :y, :r)")
                    .param("id", id)
                    .param("y", year)
                    .param("r", rating.name())
                    .update();
        }
        audit(s, id, "rating", year + "=" + rating);
    }

    /** Grants a title for a year; the same title twice for one year is refused. */
    void grantTitle(Subject s, Long id, int year, Award title, String decision) {
        requireFits(s, title, true);
        Integer existing = jdbc.sql("select count(*) from " + s.table("title") + " where " + s.column
                        + " = :id and title_year = :y and title = :t")
                .param("id", id)
                .param("y", year)
                .param("t", title.name())
                .query(Integer.class)
                .single();
        if (existing > 0) {
            throw InvalidInput.of("awardTitle", "validation.achievement.titleTwice", year);
        }
        jdbc.sql("insert into " + s.table("title") + " (" + s.column + ", title_year, title, decision)"
                        + " values (:id, :y, :t, :d)")
                .param("id", id)
                .param("y", year)
                .param("t", title.name())
                .param("d", decision)
                .update();
        audit(s, id, "title", year + "=" + title + " " + decision);
    }

    void recordAward(Subject s, Long id, LocalDate date, Award form, String decision, Basis basis) {
        recordAward(s, id, date, form, decision, basis, null);
    }

    /**
     * A form received; {@code decidedAwardId} names the line of the signed decision that gave it
     * (null for a hand-entered fact), which makes the fact read-only.
     */
    void recordAward(
            Subject s, Long id, LocalDate date, Award form, String decision, Basis basis, Long decidedAwardId) {
        requireFits(s, form, false);
        jdbc.sql("insert into " + s.table("award") + " (" + s.column + ", award_date, form, decision, basis,"
                        + " decided_award_id) values (:id, :d, :f, :n, :b, :a)")
                .param("id", id)
                .param("d", date)
                .param("f", form.name())
                .param("n", decision)
                .param("b", basis.name())
                .param("a", decidedAwardId)
                .update();
        audit(s, id, "award", date + "=" + form + " " + basis + " " + decision);
    }

    /**
     * A title given by a signed decision: a hand-entered record of the same title and year (entered
     * while the decision was awaited) becomes the decided one; a second decided one is refused.
     */
    void grantDecidedTitle(Subject s, Long id, int year, Award title, String decision, long decidedAwardId) {
        int adopted = jdbc.sql("update " + s.table("title") + " set decision = :d, decided_award_id = :a where "
                        + s.column + " = :id and title_year = :y and title = :t and decided_award_id is null")
                .param("d", decision)
                .param("a", decidedAwardId)
                .param("id", id)
                .param("y", year)
                .param("t", title.name())
                .update();
        if (adopted == 0) {
            grantTitle(s, id, year, title, decision);
            jdbc.sql("update " + s.table("title") + " set decided_award_id = :a where " + s.column
                            + " = :id and title_year = :y and title = :t")
                    .param("a", decidedAwardId)
                    .param("id", id)
                    .param("y", year)
                    .param("t", title.name())
                    .update();
        } else {
            audit(s, id, "title", year + "=" + title + " " + decision);
        }
    }

    /** The facts a signed decision's award put in the record leave it (a revocation); how many went. */
    int removeDecided(Subject s, Long id, Award award, long decidedAwardId) {
        String table = s.table(award.isTitle() ? "title" : "award");
        return jdbc.sql("delete from " + table + " where " + s.column + " = :id and decided_award_id = :a")
                .param("id", id)
                .param("a", decidedAwardId)
                .update();
    }

    /**
     * A title goes under titles and a form under forms, and either only to a kind of recipient it
     * admits (a Cờ thi đua never to a person, a Chiến sĩ thi đua never to a unit).
     */
    static void requireFits(Subject s, Award award, boolean asTitle) {
        String field = asTitle ? "awardTitle" : "awardForm";
        if (award == null) {
            throw InvalidInput.of(field, "validation.required");
        }
        if (award.isTitle() != asTitle) {
            throw InvalidInput.of(
                    field,
                    asTitle ? "validation.award.notATitle" : "validation.award.notAForm",
                    Vocabulary.name(award));
        }
        award.requireAdmits(s.kind(), field);
    }

    /** Removes one fact from one of the subject's tables; the audit trail keeps what it was. */
    void remove(Subject s, Long id, String table, Timeline.Kind kind, Long entryId) {
        List<Map<String, Object>> before = jdbc.sql(
                        "select * from " + table + " where id = :e and " + s.column + " = :id")
                .param("e", entryId)
                .param("id", id)
                .query()
                .listOfRows();
        if (before.isEmpty()) {
            throw InvalidInput.of("entry", "validation.achievement.gone");
        }
        requireHandEntered(before.get(0));
        jdbc.sql("delete from " + table + " where id = :e").param("e", entryId).update();
        events.publishEvent(AuditableChange.deleted(s.auditType, id, kind + " " + before.get(0)));
    }

    /** A fact a signed decision put in the record changes only by a later decision (ADR 0017). */
    private static void requireHandEntered(Map<String, Object> row) {
        Object decided = null;
        Object cited = "";
        for (Map.Entry<String, Object> column : row.entrySet()) {
            if (column.getKey().equalsIgnoreCase("decided_award_id")) {
                decided = column.getValue();
            } else if (column.getKey().equalsIgnoreCase("decision") && column.getValue() != null) {
                cited = column.getValue();
            }
        }
        if (decided != null) {
            throw InvalidInput.of("entry", "validation.achievement.decided", String.valueOf(cited));
        }
    }

    /** The table holding a kind of fact of this subject. */
    String tableOf(Subject s, Timeline.Kind kind) {
        return switch (kind) {
            case RATING -> s.table("rating");
            case TITLE -> s.table("title");
            case AWARD -> s.table("award");
            case INITIATIVE -> s == Subject.PERSON ? "achievement_initiative" : unsupported(s, kind);
            case DISCIPLINE -> s == Subject.PERSON ? "achievement_discipline" : unsupported(s, kind);
            case STANDING -> s == Subject.COLLECTIVE ? "achievement_block_standing" : unsupported(s, kind);
            case PRODUCTION_MODEL -> s == Subject.PERSON ? "achievement_production_model" : unsupported(s, kind);
        };
    }

    private static String unsupported(Subject s, Timeline.Kind kind) {
        throw new IllegalArgumentException(s + " records no " + kind);
    }

    void audit(Subject s, Long id, String what, String value) {
        events.publishEvent(AuditableChange.created(s.auditType, id, what + ": " + value));
    }
}
