package vn.thidua.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.AccessScope;

/** The signed-in account's notices. */
@Controller
class NotificationsController {

    private final Notifications notifications;
    private final AccessScope scope;

    NotificationsController(Notifications notifications, AccessScope scope) {
        this.notifications = notifications;
        this.scope = scope;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notices", notifications.latest(scope.actor().username(), 100));
        return "notification/list";
    }

    @PostMapping("/notifications/read")
    String read() {
        notifications.markAllRead(scope.actor().username());
        return "redirect:/notifications";
    }

    /** The unread count the header's bell shows on every signed-in page. */
    @ControllerAdvice
    static class UnreadCount {

        private final Notifications notifications;
        private final AccessScope scope;

        UnreadCount(Notifications notifications, AccessScope scope) {
            this.notifications = notifications;
            this.scope = scope;
        }

        @ModelAttribute("unreadNotices")
        Integer unread() {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (auth == null || !(auth.getPrincipal() instanceof vn.thidua.shared.Actor actor)) {
                return null;
            }
            return notifications.unread(actor.username());
        }
    }
}
