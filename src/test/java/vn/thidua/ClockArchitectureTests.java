package vn.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One "now" for the whole application: the {@link Clock} bean in the province's zone. Anything that
 * asks the machine for the date, the time or its zone behind the clock's back makes the date a
 * user sees depend on where and when the server runs, and the tests depend on the day they run.
 */
class ClockArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua");

    /** A call that reads the machine's clock or zone instead of the application's clock. */
    static final DescribedPredicate<JavaCall<?>> CLOCK_LESS_NOW =
            new DescribedPredicate<>(
                    "reads the machine's clock or zone (now() without the Clock, new Date(), currentTimeMillis, systemDefault)") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    List<String> params = call.getTarget().getRawParameterTypes().stream()
                            .map(t -> t.getName())
                            .toList();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        return !params.equals(List.of(Clock.class.getName()));
                    }
                    return (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
                            || (owner.equals("java.util.Date") && name.equals("<init>") && params.isEmpty())
                            || (owner.equals("java.util.Calendar") && name.equals("getInstance"))
                            || (owner.equals("java.util.GregorianCalendar")
                                    && name.equals("<init>")
                                    && params.isEmpty())
                            || (owner.equals("java.util.TimeZone") && name.equals("getDefault"))
                            || (owner.equals("java.time.ZoneId") && name.equals("systemDefault"))
                            || (owner.equals("java.time.Clock")
                                    && (name.equals("systemUTC") || name.equals("systemDefaultZone")));
                }
            };

    @Test
    @DisplayName("nothing in src/main asks the machine for the time or its zone: only the Clock bean")
    void noClockLessNowInTheApplication() {
        noClasses()
                .should()
                .callCodeUnitWhere(CLOCK_LESS_NOW)
                .because("deadlines, comment windows and dates shown follow the one Clock in the province's zone")
                .check(MAIN);
    }

    @Test
    @DisplayName("no test reads the machine's date or zone: tests stand on TestClock")
    void noTestDependsOnTheRealDate() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("vn.thidua");
        noClasses()
                .should()
                .callCodeUnitWhere(CLOCK_LESS_NOW)
                .because("a test that passes today and fails on 2 December is no test")
                .check(tests);
    }

    @Test
    @DisplayName("only the platform configuration makes the system clock, in the configured zone")
    void onlyThePlatformMakesTheSystemClock() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(PlatformConfiguration.class.getName())
                .should()
                .callMethod(Clock.class, "system", java.time.ZoneId.class)
                .check(MAIN);
    }

    @Test
    @DisplayName("templates show moments with #times (the province's zone), never #temporals (the machine's zone)")
    void templatesShowMomentsInTheProvinceZone() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> read(f).contains("#temporals")
                            || read(f).contains("#dates.")
                            || read(f).contains("#calendars."))
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
