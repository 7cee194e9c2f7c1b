package vn.thidua.shared;

import java.util.List;

/**
 * One page of a long list (ADR 0026, "paging"): pages are numbered from 1, hold {@link #size()} rows,
 * and stop at {@link #MAX_PAGE}, so no request walks more than {@code MAX_PAGE × size} rows of an
 * index. A page's query asks for one row more than the page holds; that row only tells whether a next
 * page exists ({@link #after}), so no count is run. A page number that is not a number or is out of
 * range shows the nearest page (1 or {@code MAX_PAGE}): it is a link parameter, not a typed field.
 */
public record Paging(int page, int size, boolean hasNext) {

    /** The last page any list shows; beyond it, a list is searched or filtered, not paged. */
    public static final int MAX_PAGE = 200;

    /** The page the parameter names (1 when absent or not a number), of {@code size} rows. */
    public static Paging of(String page, int size) {
        int n = 1;
        if (page != null && page.strip().matches("\\d{1,9}")) {
            n = Integer.parseInt(page.strip());
        }
        return new Paging(Math.max(1, Math.min(MAX_PAGE, n)), size, false);
    }

    /** Rows before this page. */
    public int offset() {
        return (page - 1) * size;
    }

    /** The page's rows of the {@code size + 1} read. */
    public <T> List<T> trim(List<T> read) {
        return read.size() > size ? read.subList(0, size) : read;
    }

    /** This page, knowing from the {@code size + 1} rows read whether another follows. */
    public Paging after(List<?> read) {
        return new Paging(page, size, read.size() > size && page < MAX_PAGE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
