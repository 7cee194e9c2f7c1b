package vn.thidua;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Says loudly which database runs: the embedded H2 file is for evaluation on one PC; the
 * {@code prod} profile refuses to start on anything but PostgreSQL.
 */
class DatabaseMode implements ApplicationListener<ApplicationPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMode.class);

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        // after the context's initializers, which may point it at another database (the tests do)
        Environment env = event.getApplicationContext().getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        boolean production = env.matchesProfiles("prod");
        if (production && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("Hồ sơ 'prod' cần PostgreSQL: đặt SPRING_DATASOURCE_URL="
                    + "jdbc:postgresql://máy-chủ:5432/thidua (đang là '" + url + "')");
        }
        if (url.startsWith("jdbc:h2:")) {
            log.warn("""

          ******************************************************************
          *  CHẾ ĐỘ DÙNG THỬ: cơ sở dữ liệu nhúng H2 ({})
          *  EMBEDDED EVALUATION MODE: not for production. Use the 'prod'
          *  profile with PostgreSQL for real work.
          ******************************************************************""", url);
        }
    }
}
