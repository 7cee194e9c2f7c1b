package vn.thidua;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.NamingStrategy;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    NamingStrategy moduleTableNaming() {
        return new ModuleTableNaming();
    }
}
