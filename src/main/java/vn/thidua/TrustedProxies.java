package vn.thidua;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}) are believed only from
 * the proxies the province lists in {@code thidua.proxies} (exact addresses, comma-separated;
 * {@code THIDUA_PROXIES}; by default the machine itself, 127.0.0.1 and ::1). From any other client
 * they are ignored: the client's own address is what the comment and rating limits count, and links
 * never follow a forged host. In {@code prod} Tomcat's RemoteIpValve reads the headers
 * ({@code server.forward-headers-strategy: native}); this sets its internal proxies to the list and
 * trusts no proxy chain beyond it. Outside {@code prod} no forwarded header is read at all (ADR 0024).
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final String internalProxies;

    TrustedProxies(@Value("${thidua.proxies:127.0.0.1,::1}") List<String> proxies) {
        this.internalProxies = regex(proxies);
    }

    /** The addresses as Tomcat's regular expression, each in the form Tomcat reports it (IPv6 uncompressed). */
    static String regex(List<String> proxies) {
        Set<String> forms = new LinkedHashSet<>();
        for (String raw : proxies) {
            String p = raw == null ? "" : raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!p.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("thidua.proxies: \"" + p + "\" is not an IP address");
            }
            forms.add(p);
            try {
                forms.add(InetAddress.getByName(p).getHostAddress()); // a literal: no name lookup
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("thidua.proxies: \"" + p + "\" is not an IP address");
            }
        }
        // nothing listed: a pattern no address matches, so no forwarded header is ever believed
        return forms.isEmpty() ? "^$" : forms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(internalProxies);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /** After Spring Boot's own customizer, which adds the valve with its broad private-network default. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
