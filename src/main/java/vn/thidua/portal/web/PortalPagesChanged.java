package vn.thidua.portal.web;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.cluster.CacheEpochs;
import vn.thidua.shared.AuditableChange;

/**
 * The portal's kept pages are stale on every instance after any audited change commits (ADR 0027):
 * the public pages show articles, documents, movements and their registrations, signed decisions'
 * honour roll and statistics, so every module's changes can alter them, and all of those changes are
 * published as {@link AuditableChange}. One transaction advances the epoch once, after it commits;
 * view counts and ratings, which are not audited, show at the latest when the page expires.
 */
@Component
class PortalPagesChanged {

    static final String EPOCH = "portal-pages";

    private final CacheEpochs epochs;

    PortalPagesChanged(CacheEpochs epochs) {
        this.epochs = epochs;
    }

    @EventListener
    void on(AuditableChange change) {
        epochs.changed(EPOCH);
    }
}
