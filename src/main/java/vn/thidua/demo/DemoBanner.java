package vn.thidua.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the system runs and how to sign in, once it is ready. */
@Component
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);
    private List<String> usernames = List.of();
    private String password;
    private boolean generated;

    void demoAccounts(List<String> usernames, String password, boolean generated) {
        this.usernames = usernames;
        this.password = password;
        this.generated = generated;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (usernames.isEmpty()) {
            return;
        }
        String address = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? "http://localhost:" + web.getWebServer().getPort()
                : "(không có máy chủ web)";
        log.info(
                """

        ==================================================================
          Thi Đua đang chạy tại: {}
          Tài khoản demo: {}
          Mật khẩu: {}{}
        ==================================================================""",
                address,
                String.join(", ", usernames),
                password,
                generated ? "   (ngẫu nhiên; đặt THIDUA_DEMO_PASSWORD để cố định)" : "");
    }
}
