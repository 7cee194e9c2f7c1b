package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;

/** Officers type names without diacritics, in any case, often only the given name. */
@IntegrationTest
@WithUserDetails("bantdkt")
class PersonSearchIntegrationTests {

  @Autowired PersonSearch search;

  @ParameterizedTest
  @ValueSource(strings = {"nguyen thi anh tuyet", "NGUYEN THI ANH TUYET", "Nguyễn Thị Ánh Tuyết",
      "anh tuyet", "Ánh Tuyết", "nguyen thi anh tu"})
  void findsNguyenThiAnhTuyetWhateverTheDiacriticsAndCase(String query) {
    assertThat(search.search(query, 50)).extracting(PersonSearch.Hit::fullName)
        .contains("Nguyễn Thị Ánh Tuyết");
  }

  @Test
  void findsNamesTypedInDecomposedUnicode() {
    String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);

    assertThat(search.search(decomposed, 50)).extracting(PersonSearch.Hit::fullName)
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
