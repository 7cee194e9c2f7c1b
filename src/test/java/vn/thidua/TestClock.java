package vn.thidua;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The one "now" of every test: Tuesday 17 March 2026, 09:30 in Tây Ninh, whatever the machine's
 * date and zone. It moves on with real time from there (so what is written later is later), and a
 * test that needs an edge, such as 31 December 23:30, sets it with {@link #set} and puts it back
 * with {@link #reset} when done. Every test context gets it as its primary {@link Clock}; the
 * application's own clock bean stays, unused.
 */
public final class TestClock extends Clock {

    public static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The realistic working day the suite stands on. */
    public static final LocalDateTime ANCHOR = LocalDateTime.of(2026, 3, 17, 9, 30);

    private static final TestClock INSTANCE = new TestClock();

    private volatile Instant setAt;
    private volatile long setAtNanos;

    private TestClock() {}

    public static TestClock instance() {
        return INSTANCE;
    }

    /** Today in the province, as the application sees it. */
    public static LocalDate today() {
        return LocalDate.now(INSTANCE);
    }

    /** Moves the clock to this local time in the province; it runs on from there. */
    public static void set(LocalDateTime provinceTime) {
        INSTANCE.moveTo(provinceTime.atZone(PROVINCE).toInstant());
    }

    /** Back to {@link #ANCHOR}. */
    public static void reset() {
        set(ANCHOR);
    }

    static {
        reset();
    }

    private synchronized void moveTo(Instant instant) {
        setAtNanos = System.nanoTime();
        setAt = instant;
    }

    /** Gives a test context this clock as its primary {@link Clock}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ((GenericApplicationContext) context)
                    .registerBean("testClock", Clock.class, () -> INSTANCE, bd -> bd.setPrimary(true));
        }
    }

    @Override
    public ZoneId getZone() {
        return PROVINCE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Clock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public synchronized Instant instant() {
        return setAt.plusNanos(System.nanoTime() - setAtNanos);
    }
}
