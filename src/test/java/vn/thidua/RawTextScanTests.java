package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No raw text reaches a user (issue 19): every message key a template or a problem names exists in
 * Vietnamese and English (no {@code ??key_vi??}), every field a problem names has a label, every
 * enum shown through a message prefix has a label for each of its values (no ACCEPTED on screen),
 * no message with a placeholder is shown without its argument (no {@code {0}}), years go into
 * messages as text (no "2.026"), and exports write no enum names.
 */
class RawTextScanTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    private static Properties vi;
    private static Properties en;
    private static Map<Path, String> templates;
    private static Map<Path, String> sources;

    @BeforeAll
    static void read() throws IOException {
        vi = load("messages.properties");
        en = load("messages_en.properties");
        templates = files(TEMPLATES, ".html");
        sources = files(SOURCES, ".java");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in =
                new InputStreamReader(RawTextScanTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Map<Path, String> files(Path root, String suffix) throws IOException {
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(suffix)).forEach(p -> {
                try {
                    all.put(root.relativize(p), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return all;
    }

    private static List<String> missing(Set<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String k : keys) {
            if (!vi.containsKey(k)) {
                missing.add(k + " (vi)");
            }
            if (!en.containsKey(k)) {
                missing.add(k + " (en)");
            }
        }
        return missing;
    }

    @Test
    void everyMessageKeyATemplateNamesExists() {
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[(}]");
        Pattern quoted = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([a-zA-Z][a-zA-Z0-9_.]*[a-zA-Z0-9_])'");
        Set<String> keys = new TreeSet<>();
        templates.values().forEach(t -> {
            literal.matcher(t).results().forEach(m -> keys.add(m.group(1)));
            quoted.matcher(t).results().forEach(m -> keys.add(m.group(1)));
        });
        assertThat(keys).hasSizeGreaterThan(500);
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyFieldAProblemNamesHasALabel() {
        Pattern of = Pattern.compile("(?:InvalidInput|Problem)\\.of\\(\\s*\"([a-zA-Z]+)\"");
        Pattern created = Pattern.compile(
                "new (?:InvalidInput\\.)?Problem\\(\\s*[^,()\"]+(?:\\([^()]*\\))?\\s*,\\s*\"([a-zA-Z]+)\"");
        Pattern fits = Pattern.compile("InvalidInput\\.(?:fits|requireFits)\\([^,]*?,?\\s*\"([a-zA-Z]+)\"");
        Set<String> fields = new TreeSet<>();
        sources.values().forEach(s -> {
            for (Pattern p : List.of(of, created, fits)) {
                p.matcher(s).results().forEach(m -> fields.add("field." + m.group(1)));
            }
        });
        assertThat(fields).hasSizeGreaterThan(50).contains("field.movementId", "field.summary");
        assertThat(missing(fields)).isEmpty();
    }

    @Test
    void everyMessageKeyTheCodeGivesAProblemExists() {
        Pattern key = Pattern.compile("\"((?:validation|import)\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
        Set<String> keys = new TreeSet<>();
        sources.values().forEach(s -> key.matcher(s).results().forEach(m -> keys.add(m.group(1))));
        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(missing(keys)).isEmpty();
    }

    /** A prefix labelling some of an enum's values ("appraisal.ACCEPTED") must label them all. */
    @Test
    void everyEnumShownThroughAMessagePrefixHasALabelForEachValue() throws Exception {
        Map<String, Set<String>> byPrefix = new TreeMap<>();
        for (String k : vi.stringPropertyNames()) {
            Matcher m = Pattern.compile("^([a-zA-Z.]+)\\.([A-Z][A-Z0-9_]+)$").matcher(k);
            if (m.matches()) {
                byPrefix.computeIfAbsent(m.group(1), p -> new TreeSet<>()).add(m.group(2));
            }
        }
        List<Class<?>> enums = new ArrayList<>();
        for (Path p : sources.keySet()) {
            String name = p.toString().replace('/', '.').replaceAll("\\.java$", "");
            if (sources.get(p).contains("enum ")) {
                Class<?> c = Class.forName(name);
                addEnums(c, enums);
            }
        }
        // labels for some values of a set on purpose: the buttons offered only towards two states
        Set<String> partialByDesign = Set.of("articleAction");
        List<String> missing = new ArrayList<>();
        byPrefix.forEach((prefix, labelled) -> {
            if (labelled.size() < 2 || partialByDesign.contains(prefix)) {
                return;
            }
            // the enum it labels: the smallest holding every labelled value (Basis, not DossierKind)
            int smallest = enums.stream()
                    .map(RawTextScanTests::values)
                    .filter(v -> v.containsAll(labelled))
                    .mapToInt(Set::size)
                    .min()
                    .orElse(0);
            for (Class<?> e : enums) {
                Set<String> values = values(e);
                if (values.size() == smallest && values.containsAll(labelled)) {
                    values.stream()
                            .filter(v -> !labelled.contains(v)
                                    && vi.stringPropertyNames().stream()
                                            .noneMatch(k -> k.startsWith(prefix + "." + v + ".")))
                            .forEach(v -> missing.add(prefix + "." + v + " (" + e.getSimpleName() + ")"));
                }
            }
        });
        assertThat(enums).hasSizeGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    private static Set<String> values(Class<?> e) {
        Set<String> values = new TreeSet<>();
        Arrays.stream(e.getEnumConstants()).forEach(c -> values.add(((Enum<?>) c).name()));
        return values;
    }

    private static void addEnums(Class<?> c, List<Class<?>> enums) {
        if (c.isEnum()) {
            enums.add(c);
        }
        for (Class<?> inner : c.getDeclaredClasses()) {
            addEnums(inner, enums);
        }
    }

    @Test
    void noMessageWithAPlaceholderIsShownWithoutItsArgument() {
        Pattern bare = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)}");
        List<String> unfilled = new ArrayList<>();
        templates.forEach((path, t) -> bare.matcher(t).results().forEach(m -> {
            String text = vi.getProperty(m.group(1), "");
            if (text.matches("(?s).*\\{\\d.*")) {
                unfilled.add(path + ": " + m.group(1) + " = " + text);
            }
        }));
        assertThat(unfilled).isEmpty();
    }

    /** MessageFormat groups numbers the Vietnamese way: the year 2026 would read "2.026". */
    @Test
    void yearsGoIntoMessagesAsText() {
        Pattern call = Pattern.compile("#\\{[a-zA-Z][a-zA-Z0-9_.]*\\(([^\\n]*?)\\)}");
        List<String> grouped = new ArrayList<>();
        templates.forEach((path, t) -> call.matcher(t).results().forEach(m -> {
            for (String arg : m.group(1).split(",(?![^(]*\\))")) {
                String a = arg.strip();
                if (a.toLowerCase(java.util.Locale.ROOT).contains("year")
                        && !a.startsWith("${''")
                        && !a.contains("#strings.toString")
                        && !a.startsWith("'")) {
                    grouped.add(path + ": " + m.group());
                }
            }
        }));
        assertThat(grouped).isEmpty();
    }

    @Test
    void screensAndExportsShowNoEnumName() {
        Pattern raw = Pattern.compile(
                "th:text=\"\\$\\{[a-zA-Z.]+\\.(?:status|kind|appraisal|subject|role|action|outcome)(?:\\(\\))?}\"");
        Pattern cell = Pattern.compile(
                "setCellValue\\([^;]*\\.(?:getStatus|status|kind|getKind|appraisal|award)\\(\\)\\.name\\(\\)");
        List<String> shown = new ArrayList<>();
        templates.forEach((path, t) -> raw.matcher(t).results().forEach(m -> shown.add(path + ": " + m.group())));
        sources.forEach((path, s) -> cell.matcher(s).results().forEach(m -> shown.add(path + ": " + m.group())));
        assertThat(shown).isEmpty();
    }
}
