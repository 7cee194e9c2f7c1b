package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.shared.Role;

/** Officers type names without diacritics, in any case, often only the given name. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class PersonSearchIntegrationTests {

    @Autowired
    PersonSearch search;

    @Autowired
    EditingPeople editing;

    @Autowired
    People people;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    UserDetailsService users;

    @Autowired
    vn.thidua.identity.Accounts accounts;

    @Autowired
    AccessScope scope;

    @Test
    void aTransferredPersonIsFoundInTheNewUnitAndNoLongerInTheOldOne() {
        // given
        Person person = people.findById(tayNinh.personIn(tayNinh.currentUnit("Xã Long Thuận")))
                .orElseThrow();
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        // when
        editing.transfer(person.getId(), person.getVersion(), education, "Giáo viên", LocalDate.of(2026, 9, 5));

        // then
        as(
                "donvi",
                () -> assertThat(search.search(person.getFullName(), 50))
                        .extracting(PersonSearch.Hit::id)
                        .contains(person.getId()));
        assertThat(search.search(person.getFullName(), 50))
                .filteredOn(h -> h.id().equals(person.getId()))
                .extracting(PersonSearch.Hit::unitName)
                .containsExactly("Sở Giáo dục và Đào tạo");
    }

    @Test
    void anAccountScopedToAWholeProvinceSearchesOnlyItsUnits() {
        // given: more units in scope than are searched one by one
        long province = tayNinh.currentUnit("Tỉnh Tây Ninh");
        assertThat(scope.subtree(province)).hasSizeGreaterThan(PersonSearch.UNIT_SEEKS);
        accounts.save(new vn.thidua.identity.Account(
                "lanhdao.tinh", "{noop}x", "Nguyễn Hồng Thanh", Role.UNIT_LEADER, province));

        // when / then
        as("lanhdao.tinh", () -> {
            List<PersonSearch.Hit> hits = search.search("nguyen", 50);
            assertThat(hits).hasSize(50);
            assertThat(hits)
                    .allSatisfy(h ->
                            assertThat(scope.isWithin(h.unitId(), province)).isTrue());
        });
    }

    private void as(String username, Runnable work) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nguyen thi anh tuyet",
                "NGUYEN THI ANH TUYET",
                "Nguyễn Thị Ánh Tuyết",
                "anh tuyet",
                "Ánh Tuyết",
                "nguyen thi anh tu"
            })
    void findsNguyenThiAnhTuyetWhateverTheDiacriticsAndCase(String query) {
        assertThat(search.search(query, 50))
                .extracting(PersonSearch.Hit::fullName)
                .contains("Nguyễn Thị Ánh Tuyết");
    }

    @Test
    void findsNamesTypedInDecomposedUnicode() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);

        assertThat(search.search(decomposed, 50))
                .extracting(PersonSearch.Hit::fullName)
                .contains("Nguyễn Thị Ánh Tuyết");
    }

    @Test
    void matchesWordStartsNotTheMiddleOfWords() {
        assertThat(search.search("uyet", 50)).isEmpty();
    }

    @Test
    void treatsLikeWildcardsAsText() {
        assertThat(search.search("%%", 50)).isEmpty();
        assertThat(search.search("n_uyen", 50)).isEmpty();
    }

    @Test
    void listsEachPersonOnceWithTheirCurrentUnit() {
        var hits = search.search("nguyen", 50);

        assertThat(hits).hasSize(50);
        assertThat(hits).extracting(PersonSearch.Hit::id).doesNotHaveDuplicates();
        assertThat(hits).allSatisfy(h -> assertThat(h.unitName()).isNotBlank());
    }
}
