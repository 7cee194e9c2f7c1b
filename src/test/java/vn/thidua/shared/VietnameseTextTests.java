package vn.thidua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void foldsDiacriticsCaseAndTheLetterD() {
        assertThat(VietnameseText.fold("Nguyễn Thị Ánh Tuyết")).isEqualTo("nguyen thi anh tuyet");
        assertThat(VietnameseText.fold("ĐẶNG ĐỨC ĐẠT")).isEqualTo("dang duc dat");
    }

    @Test
    void cleansDecomposedInputToTheComposedForm() {
        String decomposed = Normalizer.normalize("Huỳnh  Văn   Sơn ", Normalizer.Form.NFD);

        assertThat(VietnameseText.clean(decomposed))
                .isEqualTo("Huỳnh Văn Sơn")
                .isEqualTo(Normalizer.normalize("Huỳnh Văn Sơn", Normalizer.Form.NFC));
    }

    @Test
    void sortsDAfterDLikeAVietnameseReader() {
        assertThat(VietnameseText.compare("Đặng", "Dương")).isPositive();
        assertThat(VietnameseText.compare("Ánh", "Bình")).isNegative();
    }

    @Test
    void aSearchFindsEveryWordInAnyOrderWithOrWithoutDiacritics() {
        String title = "Về xây dựng, nhân rộng các mô hình, điển hình tiên tiến giai đoạn 2021 - 2025";

        assertThat(VietnameseText.containsAllWords(title, "dien hinh 2021")).isTrue();
        assertThat(VietnameseText.containsAllWords(title, "ĐIỂN HÌNH   nhân rộng"))
                .isTrue();
        assertThat(VietnameseText.containsAllWords(title, "dien hinh 2030")).isFalse();
    }
}
