package vn.thidua.workflow;

import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The notices an account got, read straight from the table the bell reads. */
@TestComponent
class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's notices whose text contains {@code text}, waiting up to five seconds for them. */
    List<String> of(String username, String text) {
        long until = System.nanoTime() + 5_000_000_000L;
        List<String> found;
        do {
            found = read(username, text);
            if (!found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        } while (System.nanoTime() < until);
        return found;
    }

    /** The same, read once: for what must not be there. */
    List<String> read(String username, String text) {
        return jdbc.sql("select message || ' → ' || coalesce(link, '') from notification_notice"
                        + " where username = :u and message like :m order by id")
                .param("u", username)
                .param("m", "%" + text + "%")
                .query(String.class)
                .list();
    }
}
