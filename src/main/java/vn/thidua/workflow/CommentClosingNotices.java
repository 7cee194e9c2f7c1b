package vn.thidua.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.CommentWindows;
import vn.thidua.identity.AccountDirectory;
import vn.thidua.notification.Notifications;
import vn.thidua.shared.Role;

/**
 * Every morning, the Ban TĐKT hears of each public-comment window closing within the next days
 * ({@code thidua.workflow.comment-closing-days}, default 2), with the comments still to answer. One
 * notice per window and day, across instances (the reminder claim).
 */
@Component
class CommentClosingNotices {

    private final CommentWindows windows;
    private final AccountDirectory accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;
    private final int days;

    CommentClosingNotices(
            CommentWindows windows,
            AccountDirectory accounts,
            Notifications notifications,
            MessageSource messages,
            Clock clock,
            @Value("${thidua.workflow.comment-closing-days:2}") int days) {
        this.windows = windows;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
        this.days = days;
    }

    /** Returns how many windows were announced. */
    @Scheduled(cron = "${thidua.reminders.cron:0 0 7 * * *}", zone = "${thidua.zone:Asia/Ho_Chi_Minh}")
    public int announce() {
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        for (CommentWindows.Closing w : windows.closingBetween(today, today.plusDays(days))) {
            if (!notifications.claimReminder("COMMENT_CLOSING", w.dossierId(), 0L)) {
                continue;
            }
            String text = messages.getMessage(
                    "notice.comments.closing",
                    new Object[] {w.title(), WorkDates.day(w.endsOn()), w.pendingComments()},
                    Locale.forLanguageTag("vi"));
            List<AccountDirectory.Recipient> specialists = accounts.withRole(Role.SPECIALIST);
            notifications.notify(
                    specialists,
                    text.length() <= 120 ? text : text.substring(0, 119) + "…",
                    text.length() <= 1000 ? text : text.substring(0, 999) + "…",
                    "/dossiers/" + w.dossierId());
            told++;
        }
        return told;
    }
}
