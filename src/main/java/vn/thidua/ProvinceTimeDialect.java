package vn.thidua;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #times} in templates. Thymeleaf's own {@code #temporals} shows an instant in the machine's
 * zone and an offset time in whatever offset the database returned (UTC on PostgreSQL); this one
 * shows every moment in the province's zone, the zone of the application's clock. Dates without a
 * time are shown as they are.
 */
final class ProvinceTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Clock clock;

    ProvinceTimeDialect(Clock clock) {
        super("province-time");
        this.clock = clock;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("times");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Times(clock, context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The object behind {@code #times}. */
    public static final class Times {

        /** The few patterns the templates use, parsed once (a page formats dozens of dates). */
        private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

        private final Clock clock;
        private final Locale locale;

        Times(Clock clock, Locale locale) {
            this.clock = clock;
            this.locale = locale;
        }

        /** The value formatted with the pattern in the page's language; a moment first moved to the province's zone; "" for null. */
        public String format(Object value, String pattern) {
            return format(value, pattern, locale);
        }

        /** The same, with names of days and months in the given language. */
        public String format(Object value, String pattern, Locale language) {
            if (value == null) {
                return "";
            }
            return FORMATTERS
                    .computeIfAbsent(pattern + '|' + language, k -> DateTimeFormatter.ofPattern(pattern, language))
                    .format(inProvince((TemporalAccessor) value));
        }

        private TemporalAccessor inProvince(TemporalAccessor value) {
            if (value instanceof Instant i) {
                return i.atZone(clock.getZone());
            }
            if (value instanceof OffsetDateTime o) {
                return o.atZoneSameInstant(clock.getZone());
            }
            if (value instanceof ZonedDateTime z) {
                return z.withZoneSameInstant(clock.getZone());
            }
            return value;
        }
    }
}
