package vn.thidua;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The sessions of signed-in users, kept in the database (ADR 0005), without a write on every
 * request. Spring Session marks a session changed whenever a request touches it (its last access
 * time) and so wrote one {@code update} per page view; here the last access time is written only when
 * the stored one is at least {@code thidua.session.touch-every} (10 s) old, or with any other change
 * (an attribute, a new id). A session therefore expires at most that long before its exact idle
 * timeout (30 min). Every request still reads the session from the database, so signing out or a
 * password change on one instance takes effect on all (ADR 0026).
 */
@Configuration(proxyBeanMethods = false)
class QuietSessions {

    /**
     * Spring Session's filter, made again on the quiet repository (Spring Boot backs off from its JDBC
     * sessions when another {@code SessionRepository} bean exists, so the repository cannot simply be
     * replaced; {@code ManagingAccounts} keeps the JDBC one to end an account's sessions).
     */
    @Bean
    static BeanPostProcessor quietSessionFilter(
            ObjectProvider<JdbcIndexedSessionRepository> sessions,
            ObjectProvider<CookieSerializer> cookies,
            ObjectProvider<HttpSessionIdResolver> resolvers,
            @Value("${thidua.session.touch-every:10s}") Duration touchEvery) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof SessionRepositoryFilter<?>) || bean instanceof Filter) {
                    return bean;
                }
                @SuppressWarnings("unchecked") // its session type is package-private; it saves only sessions it made
                SessionRepository<Session> stored =
                        (SessionRepository<Session>) (SessionRepository<?>) sessions.getObject();
                Filter filter = new Filter(new Repository(stored, touchEvery));
                HttpSessionIdResolver resolver = resolvers.getIfAvailable(() -> {
                    CookieHttpSessionIdResolver byCookie = new CookieHttpSessionIdResolver();
                    cookies.ifAvailable(byCookie::setCookieSerializer);
                    return byCookie;
                });
                filter.setHttpSessionIdResolver(resolver);
                return filter;
            }
        };
    }

    private static final class Filter extends SessionRepositoryFilter<Quiet> {
        Filter(Repository repository) {
            super(repository);
        }
    }

    private record Repository(SessionRepository<Session> sessions, Duration touchEvery)
            implements SessionRepository<Quiet> {

        @Override
        public Quiet createSession() {
            return new Quiet(sessions.createSession(), touchEvery);
        }

        @Override
        public void save(Quiet session) {
            sessions.save(session.session);
        }

        @Override
        public Quiet findById(String id) {
            var found = sessions.findById(id);
            return found == null ? null : new Quiet(found, touchEvery);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }
    }

    /** A stored session whose last access time moves only in steps of {@code touchEvery}. */
    static final class Quiet implements Session {

        private final Session session;
        private final Duration touchEvery;

        Quiet(Session session, Duration touchEvery) {
            this.session = session;
            this.touchEvery = touchEvery;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(touchEvery)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
