package vn.thidua;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The clock and its zone, language (Vietnamese by default, English with ?lang=en, kept in a cookie), and the
 * scheduler for daily reminders.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class PlatformConfiguration implements WebMvcConfigurer {

    /**
     * The one "now" of the whole application, in the province's zone ({@code thidua.zone}, by
     * default Asia/Ho_Chi_Minh) whatever the machine's zone: deadlines, comment windows, working
     * days, numbering years, dates shown. Nothing else in {@code src/main} may ask the system for the
     * time ({@code ClockArchitectureTests}).
     */
    @Bean
    Clock clock(@Value("${thidua.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return Clock.system(zone);
    }

    /** {@code #times.format(value, pattern)} in templates: instants and offsets shown in the clock's zone. */
    @Bean
    ProvinceTimeDialect provinceTimeDialect(Clock clock) {
        return new ProvinceTimeDialect(clock);
    }

    @Bean
    LocaleResolver localeResolver() {
        // only Vietnamese and English, whatever the cookie or ?lang= says (Languages): the portal's page
        // cache is keyed by the language, and must not grow with values a client invents (ADR 0024)
        CookieLocaleResolver resolver = new CookieLocaleResolver("THIDUA_LANG") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                return vn.thidua.shared.Languages.of(super.resolveLocale(request));
            }

            @Override
            public void setLocale(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    Locale locale) {
                super.setLocale(request, response, locale == null ? null : vn.thidua.shared.Languages.of(locale));
            }
        };
        resolver.setDefaultLocale(vn.thidua.shared.Languages.VIETNAMESE);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true); // ?lang=<garbage> is Vietnamese, not an error page
        registry.addInterceptor(interceptor);
    }
}
