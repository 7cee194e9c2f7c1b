package vn.thidua;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the site's own address comes from {@code thidua.public-url} ({@code THIDUA_PUBLIC_URL}),
 * never from a request's Host header, which any client writes: the links in the RSS feed and the
 * sitemap and the QR codes printed on certificates are built from it. Production refuses to start
 * without it (ADR 0024).
 */
@Component
@Profile("prod")
class PublicUrlRequired {

    PublicUrlRequired(@Value("${thidua.public-url:}") String publicUrl) {
        if (publicUrl == null || !publicUrl.strip().matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalStateException("thidua.public-url (THIDUA_PUBLIC_URL) must be the site's address, e.g."
                    + " https://thiduakhenthuong.tayninh.gov.vn: RSS, sitemap and certificate links are built from it"
                    + " in production, never from the request's Host header; found \"" + publicUrl + "\"");
        }
    }
}
