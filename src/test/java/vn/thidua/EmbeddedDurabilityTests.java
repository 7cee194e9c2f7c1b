package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded H2 file, with the URL the application ships with, keeps every commit it confirmed
 * when the process is killed outright ({@code kill -9}) right after: another JVM commits rows one
 * by one, says so after each commit, and is killed mid-stream; every row it confirmed is there.
 */
class EmbeddedDurabilityTests {

    @Test
    void everyConfirmedCommitSurvivesKillMinusNine() throws Exception {
        // given: the application's own H2 URL, pointed at a fresh data directory
        Path data = Files.createTempDirectory("thidua-durability");
        String url = shippedUrl().replace("${THIDUA_DATA_DIR:./data}", data.toString());
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Writer.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();

        // when: it has confirmed 200 commits, it is killed without warning
        List<Integer> confirmed = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (confirmed.size() < 200 && (line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    confirmed.add(Integer.parseInt(line.substring(6)));
                }
            }
            writer.destroyForcibly(); // SIGKILL on Linux
            writer.waitFor(30, TimeUnit.SECONDS);
        }

        // then: every confirmed row is in the file
        assertThat(confirmed).hasSize(200);
        List<Integer> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select n from durability_probe order by n")) {
            while (rs.next()) {
                stored.add(rs.getInt(1));
            }
        }
        assertThat(stored).containsAll(confirmed);
    }

    private static String shippedUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties p = yaml.getObject();
        return p.getProperty("spring.datasource.url");
    }

    /** Commits one row at a time and prints SAVED n after each commit, until it is killed. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                c.createStatement().execute("create table durability_probe (n int primary key, note varchar(200))");
                c.setAutoCommit(false);
                for (int n = 1; ; n++) {
                    try (var insert = c.prepareStatement("insert into durability_probe values (?, ?)")) {
                        insert.setInt(1, n);
                        insert.setString(2, "Bằng khen của Chủ tịch UBND tỉnh số " + n);
                        insert.executeUpdate();
                    }
                    c.commit();
                    System.out.println("SAVED " + n);
                    System.out.flush();
                }
            }
        }
    }
}
