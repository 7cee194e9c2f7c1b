package vn.thidua.decision.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.shared.ClientAddresses;

/**
 * The public verification page ({@code /xac-minh/{code}}) answers at most {@code
 * thidua.verification.per-minute} (30) lookups a minute to one address (an IPv6 address by its
 * /64); more get 429 with a Vietnamese page asking to wait a minute. Guessing codes one after
 * another is slowed to a crawl while a person checking a certificate never meets the limit.
 *
 * <p>Counted in memory, per instance, for the current minute only: the counts are dropped when the
 * minute turns, and at most {@code thidua.verification.addresses} (10,000) addresses are counted in
 * one minute. Addresses beyond that (a crowd of machines) share one counter with ten times the
 * limit, so memory stays bounded and such a crowd is slowed as one (ADR 0024).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class VerificationLimit extends OncePerRequestFilter {

    private final Clock clock;
    private final int perMinute;
    private final int maxAddresses;
    private volatile Window window;

    VerificationLimit(
            Clock clock,
            @Value("${thidua.verification.per-minute:30}") int perMinute,
            @Value("${thidua.verification.addresses:10000}") int maxAddresses) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.maxAddresses = maxAddresses;
        this.window = new Window(-1);
    }

    private static final class Window {
        final long minute;
        final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        final AtomicInteger crowd = new AtomicInteger();

        Window(long minute) {
            this.minute = minute;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/xac-minh/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allowed(ClientAddresses.key(request.getRemoteAddr()))) {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean allowed(String address) {
        Window w = current();
        AtomicInteger count = w.hits.get(address);
        if (count == null) {
            if (w.hits.size() < maxAddresses) {
                count = w.hits.computeIfAbsent(address, a -> new AtomicInteger());
            } else {
                return w.crowd.incrementAndGet() <= perMinute * 10;
            }
        }
        return count.incrementAndGet() <= perMinute;
    }

    /** Addresses counted in the current minute (for the tests and the ADR's bound). */
    int counted() {
        return current().hits.size();
    }

    private Window current() {
        long minute = clock.millis() / 60_000;
        Window w = window;
        if (w.minute != minute) {
            synchronized (this) {
                w = window;
                if (w.minute != minute) {
                    w = new Window(minute);
                    window = w;
                }
            }
        }
        return w;
    }
}
