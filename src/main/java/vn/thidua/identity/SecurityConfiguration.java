package vn.thidua.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Who may reach what. Every page but sign-in, health, the error page and static assets needs an
 * account; finer rules (role, unit scope) are checked by each module on the server. Both chains sign
 * in through {@link PasswordSignIn} only (lockout in the database, one answer for every refusal);
 * an account with a second factor finishes on {@code /login/ma-xac-thuc}, and one whose role needs a
 * second factor it has not set up is held on its set-up page (ADR 0019).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The JSON API and its OpenAPI document ({@code /api-docs}): HTTP Basic, no session, no CSRF (no
     * cookies to forge), for the Ban TĐKT and the administrator. Wrong passwords count towards the same lockout as the sign-in page. HTTP Basic
     * cannot carry a second factor: an account that has one, or must have one, is refused here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, PasswordSignIn signIn) throws Exception {
        AuthenticationManager passwordOnly = request -> {
            try {
                var signedIn = signIn.authenticate(request);
                if (signedIn.getPrincipal() instanceof AccountPrincipal principal && principal.twoFactorSetupDue()) {
                    throw PasswordSignIn.refused();
                }
                return signedIn;
            } catch (SecondFactorRequired required) {
                throw PasswordSignIn.refused();
            }
        };
        http.securityMatcher("/api/**", "/api-docs", "/api-docs/**")
                .authenticationManager(passwordOnly)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("SPECIALIST", "ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            PasswordSignIn signIn,
            CookieCsrfTokenRepository csrfTokens,
            SecondFactorSignIn secondFactor)
            throws Exception {
        http.authenticationManager(signIn::authenticate)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/portal/bien-tap", "/portal/bien-tap/**")
                        .hasAnyRole("PORTAL_EDITOR", "ADMIN")
                        .requestMatchers(
                                "/", // anonymous visitors are sent on to the portal (HomeController)
                                "/login",
                                SecondFactorSignIn.PATH,
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
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(
                                "/portal/bai-viet/*/danh-gia",
                                "/portal/bai-viet/*/y-kien",
                                "/portal/van-ban/*/gop-y",
                                // public comment on nominees: anonymous, limited and moderated like the above (ADR
                                // 0026)
                                "/cong-khai/*/y-kien"))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(failureHandler(secondFactor))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                // refused: 403 through the error page (error/403.html), whatever the method; forwarding a
                // refused POST to a GET-only page answered 405 (ADR 0024)
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) ->
                        response.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN)))
                .addFilterAfter(new TwoFactorSetupGate(), AuthorizationFilter.class);
        return http.build();
    }

    /** A right password with a second factor goes on to the code; every refusal reads the same. */
    private static AuthenticationFailureHandler failureHandler(SecondFactorSignIn secondFactor) {
        return (request, response, exception) -> {
            if (exception instanceof SecondFactorRequired required) {
                request.getSession().setAttribute(SecondFactorSignIn.SESSION_ATTRIBUTE, secondFactor.pending(required));
                response.sendRedirect(request.getContextPath() + SecondFactorSignIn.PATH);
                return;
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
        };
    }

    /** The CSRF token in a cookie; shared with {@link SignInSession}, which renews it on sign-in. */
    @Bean
    CookieCsrfTokenRepository csrfTokens() {
        return new CookieCsrfTokenRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
