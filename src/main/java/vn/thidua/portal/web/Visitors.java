package vn.thidua.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.thidua.portal.Counters;

/**
 * Who reads the public pages: a random visitor cookie ("tdv", a year) tells a returning visitor
 * from a new one, allows one rating per visitor and carries the day of the visitor's last counted
 * visit ({@code <32 hex>.<yyyyMMdd>}); it is set again only when that day changes. Bots, which
 * keep no cookies, are known by their user agent and address. Nothing is written to the database.
 */
@Component
class Visitors {

    static final String COOKIE = "tdv";
    static final String ATTRIBUTE = "thidua.visitor";
    private static final Pattern VALUE = Pattern.compile("([0-9a-f]{32})(?:\\.([0-9]{8}))?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** One generator per thread: a shared one serialises every new visitor on its lock. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });

    private final Counters counters;

    Visitors(Counters counters) {
        this.counters = counters;
    }

    /** Counts this request's visitor and leaves its id in the request attribute {@link #ATTRIBUTE}. */
    void count(HttpServletRequest request, HttpServletResponse response, boolean signedIn) {
        Counters.Kind kind = Counters.kindOf(request.getHeader("User-Agent"), signedIn);
        String id = null;
        LocalDate countedOn = null;
        String value = cookie(request);
        Matcher m = value == null ? null : VALUE.matcher(value);
        if (m != null && m.matches()) {
            id = m.group(1);
            countedOn = day(m.group(2));
        }
        if (id == null && kind == Counters.Kind.BOT) {
            id = "bot:" + request.getRemoteAddr() + ":" + request.getHeader("User-Agent");
        } else if (id == null) {
            byte[] bytes = new byte[16];
            RANDOM.get().nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        }
        request.setAttribute(ATTRIBUTE, id);
        LocalDate today = counters.seen(id, kind, kind == Counters.Kind.BOT ? null : countedOn);
        if (kind != Counters.Kind.BOT && !today.equals(countedOn)) {
            Cookie c = new Cookie(COOKIE, id + "." + DAY.format(today));
            c.setHttpOnly(true);
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setAttribute("SameSite", "Lax");
            response.addCookie(c);
        }
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
