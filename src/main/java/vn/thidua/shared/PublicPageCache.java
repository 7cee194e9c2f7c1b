package vn.thidua.shared;

/**
 * The anonymous readers' pages kept in memory for a moment (the portal, /cong-khai, /xac-minh/…;
 * ADR 0015, 0026). A page is kept at most {@code thidua.portal.page-cache} (1 s); any write by a
 * signed-in user on this instance (a POST, PUT or DELETE answered below 400: publishing an article,
 * deciding awards, opening a consultation) forgets every page at once, so the change is on the next
 * page served. Another instance learns of a change through {@link #invalidate()}; whoever connects
 * instances listens with {@link #onLocalChange(Runnable)}.
 */
public interface PublicPageCache {

    /** Forget every page kept on this instance: the next reader of each gets it rendered afresh. */
    void invalidate();

    /** Called after a write on this instance made the cache forget its pages (not after {@link #invalidate()}). */
    void onLocalChange(Runnable listener);
}
