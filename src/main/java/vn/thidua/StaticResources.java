package vn.thidua;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The files served as they are: the WebJars (Bootstrap, htmx, addressed without their version) and
 * the application's own {@code /css/**} and {@code /js/**}. Spring Boot's default mapping of
 * {@code /**} to four classpath folders is switched off ({@code spring.web.resources.add-mappings:
 * false}): with WebJars' resource chain on, Thymeleaf asks the resource URL provider about every
 * {@code @{…}} link of every page, and under {@code /**} each link that is not a file (all of them
 * but three) was looked up in every jar of the classpath, on every render — 60–70% of a page's CPU
 * (ADR 0026). Each handler here has its resolver chain with its cache, so a file's link is resolved
 * once and any other link is not looked up at all.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true);
    }
}
