package vn.thidua.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the benchmark commands share: running as a demo account, then signing out. */
final class BenchSupport {

    private BenchSupport() {}

    /** The baseline of the import benchmarks: open the workbook with POI and touch every cell. */
    static int readWorkbook(byte[] file) {
        try (org.apache.poi.ss.usermodel.Workbook book =
                org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(file))) {
            int cells = 0;
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                cells += row.getPhysicalNumberOfCells();
            }
            return cells;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
}
