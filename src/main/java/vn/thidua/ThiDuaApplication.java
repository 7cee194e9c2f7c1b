package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Thi Đua: công tác thi đua, khen thưởng của một tỉnh. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
