package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputBoundaryTests {

    @Test
    void dropsNulAndTerminalEscapesButKeepsLineBreaksAndTabs() {
        assertThat(InputBoundary.clean("Trần Văn\u0000 Bảy\u0007\u001b[31m")).isEqualTo("Trần Văn Bảy[31m");
        assertThat(InputBoundary.clean("Dòng một\r\nDòng hai\tcột")).isEqualTo("Dòng một\r\nDòng hai\tcột");
    }

    @Test
    void composesDecomposedVietnamese() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Ánh", java.text.Normalizer.Form.NFD);
        assertThat(InputBoundary.clean(decomposed)).isEqualTo("Nguyễn Thị Ánh").hasSize(14);
    }
}
