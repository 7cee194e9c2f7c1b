package vn.thidua;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

class DatabaseModeTests {

    @Test
    void productionRefusesToStartOnTheEmbeddedDatabase() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/thidua;MODE=PostgreSQL");
        env.setActiveProfiles("prod");

        assertThatThrownBy(() -> new DatabaseMode().onApplicationEvent(event(env)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL");
    }

    @Test
    void productionRefusesToStartWithoutADatabaseUrl() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "");
        env.setActiveProfiles("prod");

        assertThatThrownBy(() -> new DatabaseMode().onApplicationEvent(event(env)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionStartsOnPostgresql() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.tayninh.gov.vn:5432/thidua");
        env.setActiveProfiles("prod");

        assertThatCode(() -> new DatabaseMode().onApplicationEvent(event(env))).doesNotThrowAnyException();
    }

    private static ApplicationEnvironmentPreparedEvent event(MockEnvironment env) {
        return new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], env);
    }
}
