package vn.thidua.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.InvalidInput.Problem;

/**
 * Background imports and their progress, kept in the database (each update in its own short
 * transaction) so that whichever instance answers the progress poll sees the same state.
 */
@Component
public class ImportJobs {

    /** What the user sees of an import. */
    public record Job(
            String id,
            String kind,
            String username,
            String fileName,
            Status status,
            Phase phase,
            int totalRows,
            int processedRows,
            int importedRows,
            String problems,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        public int percent() {
            return totalRows == 0 ? 0 : Math.min(100, processedRows * 100 / totalRows);
        }

        public boolean finished() {
            return status != Status.RUNNING;
        }

        /** One problem per line: "row|field|messageKey|arg|arg…". */
        public List<String[]> problemLines() {
            return problems == null || problems.isEmpty()
                    ? List.of()
                    : problems.lines().map(l -> l.split("\\|", 4)).toList();
        }
    }

    public enum Status {
        RUNNING,
        DONE,
        REJECTED,
        FAILED
    }

    public enum Phase {
        READING,
        CHECKING,
        WRITING,
        FINISHED
    }

    /** A job that has not moved for this long died with its instance; it wrote nothing. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private static final int MAX_PROBLEMS = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String start(String kind, String username, String fileName) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
        insert into organization_import_job (id, kind, username, file_name, status, phase, created_at, updated_at)
        values (:id, :kind, :user, :file, 'RUNNING', 'READING', :now, :now)""")
                .param("id", id)
                .param("kind", kind)
                .param("user", username)
                .param("file", fileName)
                .param("now", now)
                .update();
        return id;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(String id, Phase phase, int processed, int total) {
        jdbc.sql("""
        update organization_import_job set phase = :phase, processed_rows = :done, total_rows = :total,
               updated_at = :now where id = :id""")
                .param("phase", phase.name())
                .param("done", processed)
                .param("total", total)
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(String id, Status status, int imported, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream()
                .limit(MAX_PROBLEMS)
                .forEach(p -> text.append(p.row())
                        .append('|')
                        .append(p.field())
                        .append('|')
                        .append(p.messageKey())
                        .append('|')
                        .append(String.join(
                                "|",
                                p.args().stream()
                                        .map(a -> String.valueOf(a)
                                                .replace('\n', ' ')
                                                .replace('|', '/'))
                                        .toList()))
                        .append('\n'));
        jdbc.sql("""
        update organization_import_job set status = :status, phase = 'FINISHED', imported_rows = :imported,
               problems = :problems, updated_at = :now where id = :id""")
                .param("status", status.name())
                .param("imported", imported)
                .param("problems", text.toString())
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
    }

    /** The job, if it belongs to this user; a job silent for too long is reported as failed. */
    @Transactional(readOnly = true)
    public Optional<Job> find(String id, String username) {
        return jdbc.sql("select * from organization_import_job where id = :id and username = :user")
                .param("id", id)
                .param("user", username)
                .query((rs, n) -> new Job(
                        rs.getString("id"),
                        rs.getString("kind"),
                        rs.getString("username"),
                        rs.getString("file_name"),
                        Status.valueOf(rs.getString("status")),
                        Phase.valueOf(rs.getString("phase")),
                        rs.getInt("total_rows"),
                        rs.getInt("processed_rows"),
                        rs.getInt("imported_rows"),
                        rs.getString("problems"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .optional()
                .map(job -> job.status() == Status.RUNNING
                                && job.updatedAt().plus(STALE).isBefore(OffsetDateTime.now(clock))
                        ? new Job(
                                job.id(),
                                job.kind(),
                                job.username(),
                                job.fileName(),
                                Status.FAILED,
                                job.phase(),
                                job.totalRows(),
                                job.processedRows(),
                                0,
                                job.problems(),
                                job.createdAt(),
                                job.updatedAt())
                        : job);
    }
}
