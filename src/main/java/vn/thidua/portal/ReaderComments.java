package vn.thidua.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.InvalidInput;

/**
 * What every reader's comment on the portal must pass: a name, a valid e-mail, a body within its
 * length, and at most three an hour from one address (an IPv6 address by its /64) and three an hour
 * from one visitor cookie. The address is kept as a hash, in the database, so every instance sees
 * it; the address's row in {@link Throttle} is held while its count is read and the comment written,
 * so a burst of requests at once is counted one by one (ADR 0024).
 */
@Component
class ReaderComments {

    private static final int PER_HOUR = 3;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Throttle throttle;

    ReaderComments(JdbcClient jdbc, Clock clock, Throttle throttle) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.throttle = throttle;
    }

    record Checked(String name, String email, String body, String sourceHash, Timestamp at) {}

    /** The comment made whole, or every problem (with {@code extra} found by the caller) at once. */
    Checked check(
            String table,
            String name,
            String email,
            String body,
            int maxLength,
            String source,
            String visitor,
            List<InvalidInput.Problem> extra) {
        String who = text(name);
        String mail = text(email);
        String what = text(body);
        List<InvalidInput.Problem> problems = new ArrayList<>(extra);
        if (who == null) {
            problems.add(InvalidInput.Problem.of("authorName", "validation.required"));
        }
        if (mail == null || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(InvalidInput.Problem.of("email", "validation.portal.email"));
        }
        InvalidInput.fits(problems, "authorName", who, 200);
        InvalidInput.fits(problems, "email", mail, 200);
        if (what == null) {
            problems.add(InvalidInput.Problem.of("body", "validation.required"));
        } else if (what.length() > maxLength) {
            problems.add(InvalidInput.Problem.of("body", "validation.disclosure.tooLong", maxLength));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String hash = Articles.sha256(vn.thidua.shared.ClientAddresses.key(source));
        // one request per address at a time from here to the end of the transaction (the insert)
        throttle.serialise(table + "|address|" + hash);
        int recent = jdbc.sql("select count(*) from " + table + " where source_hash = :h and submitted_at > :since")
                .param("h", hash)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .query(Integer.class)
                .single();
        if (recent >= PER_HOUR) {
            throw InvalidInput.of("body", "validation.disclosure.rate", PER_HOUR);
        }
        // a visitor who keeps its cookie but changes address: three in the clock hour
        if (visitor != null
                && !throttle.take(
                        table + "|visitor|" + visitor,
                        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                        PER_HOUR)) {
            throw InvalidInput.of("body", "validation.disclosure.rate", PER_HOUR);
        }
        return new Checked(who, mail, what, hash, Timestamp.from(clock.instant()));
    }

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC);
        return t.isEmpty() ? null : t;
    }
}
