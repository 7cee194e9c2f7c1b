package vn.thidua.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the benchmark commands share: running as a demo account, then signing out. */
final class BenchSupport {

    private BenchSupport() {}

    /**
     * The baseline of the import benchmarks: stream the workbook's first sheet with the importers'
     * own reader and touch every cell.
     */
    static int readWorkbook(vn.thidua.organization.SheetReader reader, byte[] file) {
        try (vn.thidua.organization.StreamedSheet sheet = reader.firstSheet(new java.io.ByteArrayInputStream(file))) {
            int cells = 0;
            for (vn.thidua.organization.SheetRow row : sheet) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    if (!vn.thidua.organization.SheetCells.text(row, c).isEmpty()) {
                        cells++;
                    }
                }
            }
            return cells;
        }
    }

    /** A sign-in that ends when closed. */
    interface SignedIn extends AutoCloseable {
        @Override
        void close();
    }

    /** Signs the account in on this thread until the returned handle is closed. */
    static SignedIn signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return SecurityContextHolder::clearContext;
    }

    /** The province's id, for the benchmarks' dossiers and movements. */
    static long province(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return jdbc.sql("select id from organization_unit where code = :c")
                .param("c", vn.thidua.organization.TayNinhStructure.NEW_PROVINCE)
                .query(Long.class)
                .single();
    }

    /**
     * Up to {@code limit} people now in a current unit who have a birth date and a CCCD, as the
     * import benchmarks write them: unit code, full name, birth date, CCCD.
     */
    static java.util.List<Object[]> currentPeople(org.springframework.jdbc.core.simple.JdbcClient jdbc, int limit) {
        return jdbc
                .sql("""
                select u.code, p.full_name, p.birth_date, p.national_id from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                join organization_unit u on u.id = a.unit_id
                where u.valid_to is null and p.birth_date is not null and p.national_id is not null
                order by p.id""")
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class), rs.getString(4)
                })
                .list()
                .stream()
                .limit(limit)
                .toList();
    }
}
