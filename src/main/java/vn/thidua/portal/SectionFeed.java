package vn.thidua.portal;

import java.util.List;

/**
 * Another module's entries shown in a section of the portal (chuyên mục) beside its articles: the
 * exemplary register feeds "Gương điển hình tiên tiến". Implemented by that module (which depends on
 * the portal, not the other way round); what it returns is public, so it returns only what may be
 * published.
 */
public interface SectionFeed {

    /** The section's slug, one of {@link Articles#CATEGORIES}. */
    String category();

    /** Up to {@code limit} entries, newest first. */
    List<Item> items(int limit);

    /** One entry: a title, a line under it, and the public page it opens. */
    record Item(String title, String summary, String href) {}
}
