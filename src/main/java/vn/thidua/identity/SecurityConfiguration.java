package vn.thidua.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Who may reach what. Every page but sign-in, health, the error page and static assets needs an
 * account; finer rules (role, unit scope) are checked by each module on the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The JSON API: HTTP Basic, no session, no CSRF (no cookies to forge), for the Ban TĐKT and the
     * administrator. Wrong passwords count towards the same lockout as the sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("SPECIALIST", "ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/portal/bien-tap", "/portal/bien-tap/**")
                        .hasAnyRole("PORTAL_EDITOR", "ADMIN")
                        .requestMatchers(
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/cong-khai",
                                "/cong-khai/**",
                                "/xac-minh/**",
                                "/portal",
                                "/portal/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                // the CSRF token in a cookie, not the session: a public page read by a visitor who never
                // signs in creates no session (no database write per request, ADR 0015)
                // readers' forms on cached public pages carry no per-reader token: they act for nobody
                // signed in, and the visitor cookie is SameSite=Lax (ADR 0015)
                .csrf(csrf -> csrf.csrfTokenRepository(
                                new org.springframework.security.web.csrf.CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(
                                "/portal/bai-viet/*/danh-gia", "/portal/bai-viet/*/y-kien", "/portal/van-ban/*/gop-y"))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                // refused: 403 through the error page (error/403.html), whatever the method; forwarding a
                // refused POST to a GET-only page answered 405 (ADR 0023)
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) ->
                        response.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN)));
        return http.build();
    }

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
