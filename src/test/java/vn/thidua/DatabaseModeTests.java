package vn.thidua;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
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

    private static ApplicationPreparedEvent event(MockEnvironment env) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(env);
        return new ApplicationPreparedEvent(new SpringApplication(), new String[0], context);
    }
}
