package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void everyVietnameseTextHasAnEnglishOneAndTheDefaultIsVietnamese() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        assertThat(load("messages.properties")).isEqualTo(vi);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in =
                new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
