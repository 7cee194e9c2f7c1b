package vn.thidua.report.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every form definition under {@code classpath:report/forms/**.json}, checked when the application starts (a
 * row or column that names a missing one, an unknown source, two versions in force on one day); the version in
 * force for a period is the one whose validity holds on the period's last day, else the latest before it.
 */
@Component
class FormCatalogue {

    static final Set<String> SOURCES = Set.of("AWARDS", "PROPOSALS", "MOVEMENTS", "STAFF", "FUND");

    private final Map<String, List<FormDefinition>> versions = new LinkedHashMap<>();

    FormCatalogue() {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        List<FormDefinition> all = new ArrayList<>();
        try {
            for (Resource r :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:report/forms/**/*.json")) {
                try (InputStream in = r.getInputStream()) {
                    FormDefinition f = json.readValue(in, FormDefinition.class);
                    validate(f, r.getFilename());
                    all.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(Comparator.comparing(FormDefinition::id).thenComparing(FormDefinition::validFrom));
        for (FormDefinition f : all) {
            List<FormDefinition> list = versions.computeIfAbsent(f.id(), k -> new ArrayList<>());
            if (!list.isEmpty()) {
                FormDefinition previous = list.get(list.size() - 1);
                if (previous.validTo() == null || !previous.validTo().isBefore(f.validFrom())) {
                    throw new IllegalStateException("form " + f.id() + ": two versions in force on " + f.validFrom());
                }
            }
            list.add(f);
        }
    }

    private static void validate(FormDefinition f, String file) {
        List<String> wrong = new ArrayList<>();
        Set<String> cols = new HashSet<>();
        Set<String> rows = new HashSet<>();
        f.columns().forEach(c -> {
            if (!cols.add(c.code())) {
                wrong.add("column " + c.code() + " twice");
            }
        });
        f.rows().forEach(r -> {
            if (!rows.add(r.code())) {
                wrong.add("row " + r.code() + " twice");
            }
        });
        for (FormDefinition.Column c : f.columns()) {
            if (c.sum() != null) {
                c.sum().stream()
                        .filter(x -> !cols.contains(x))
                        .forEach(x -> wrong.add("column " + c.code() + " sums " + x));
            }
            if (c.share() != null
                    && (!cols.contains(c.share().part())
                            || !cols.contains(c.share().whole()))) {
                wrong.add("column " + c.code() + " shares a missing column");
            }
            if (c.sum() == null && c.share() == null && !c.input() && !SOURCES.contains(FormEngine.source(f, c))) {
                wrong.add("column " + c.code() + " reads unknown source " + FormEngine.source(f, c));
            }
        }
        for (FormDefinition.Row r : f.rows()) {
            if (r.sum() != null) {
                r.sum().stream()
                        .filter(x -> !rows.contains(x) || f.row(x).sum() != null)
                        .forEach(x -> wrong.add("row " + r.code() + " sums " + x));
            }
        }
        for (FormDefinition.Check k : f.checks()) {
            k.equals().stream()
                    .filter(x -> k.row() != null ? !rows.contains(x) : !cols.contains(x))
                    .forEach(x -> wrong.add("check names missing " + x));
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("form definition " + file + ": " + wrong);
        }
    }

    /** The forms by id, each in its latest version (for the index). */
    List<FormDefinition> latest() {
        return versions.values().stream().map(l -> l.get(l.size() - 1)).toList();
    }

    List<FormDefinition> versions(String id) {
        return versions.getOrDefault(id, List.of());
    }

    /** The version in force on the period's last day; if none yet (a newer annex not entered), the latest before. */
    Optional<FormDefinition> forPeriod(String id, Period period) {
        LocalDate day = period.to();
        List<FormDefinition> list = versions(id);
        return list.stream()
                .filter(f -> f.inForce(day))
                .findFirst()
                .or(() -> list.stream().filter(f -> !f.validFrom().isAfter(day)).reduce((a, b) -> b))
                .or(() -> list.stream().findFirst());
    }
}
