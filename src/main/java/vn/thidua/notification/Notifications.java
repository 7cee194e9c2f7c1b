package vn.thidua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.identity.AccountDirectory;

/**
 * Notices to accounts: stored for the bell in the header, and sent by e-mail when the account has an
 * address and an SMTP server is configured ({@code spring.mail.host}). A mail that cannot be sent is
 * logged; the notice stays.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    Notifications(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            @Value("${thidua.mail.from:thidua@localhost}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    /** One notice in the application. */
    public record Notice(Long id, String message, String link, Instant createdAt, Instant readAt) {}

    /** Tells each recipient; returns how many e-mails went out. */
    @Transactional
    public int notify(List<AccountDirectory.Recipient> recipients, String subject, String message, String link) {
        int mailed = 0;
        JavaMailSender sender = mail.getIfAvailable();
        for (AccountDirectory.Recipient r : recipients) {
            jdbc.sql("insert into notification_notice (username, message, link, created_at) values (:u, :m, :l, :at)")
                    .param("u", r.username())
                    .param("m", message)
                    .param("l", link)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            if (sender != null && r.email() != null) {
                try {
                    SimpleMailMessage m = new SimpleMailMessage();
                    m.setFrom(from);
                    m.setTo(r.email());
                    m.setSubject(subject);
                    m.setText(message + (link == null ? "" : "\n\n" + link));
                    sender.send(m);
                    mailed++;
                } catch (MailException e) {
                    log.warn("Không gửi được thư nhắc tới {}: {}", r.email(), e.getMessage());
                }
            }
        }
        return mailed;
    }

    /**
     * Claims today's reminder of a kind for a subject and a unit; false when it was already sent today
     * (by this instance or another).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claimReminder(String kind, Long subjectId, Long unitId) {
        try {
            jdbc.sql("insert into notification_reminder (kind, subject_id, unit_id, sent_on) values (:k, :s, :u, :d)")
                    .param("k", kind)
                    .param("s", subjectId)
                    .param("u", unitId)
                    .param("d", LocalDate.now(clock))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public int unread(String username) {
        return jdbc.sql("select count(*) from notification_notice where username = :u and read_at is null")
                .param("u", username)
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<Notice> latest(String username, int limit) {
        return jdbc
                .sql("select id, message, link, created_at, read_at from notification_notice where username = :u"
                        + " order by created_at desc, id desc")
                .param("u", username)
                .query((rs, n) -> new Notice(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    @Transactional
    public void markAllRead(String username) {
        jdbc.sql("update notification_notice set read_at = :at where username = :u and read_at is null")
                .param("at", Timestamp.from(clock.instant()))
                .param("u", username)
                .update();
    }
}
