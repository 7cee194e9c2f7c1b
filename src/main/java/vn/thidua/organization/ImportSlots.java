package vn.thidua.organization;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import vn.thidua.shared.InvalidInput;

/**
 * At most {@link ImportLimits#concurrent()} Excel imports at once on this instance: memory is per
 * instance, so the limit is too (ADR 0021). One more is refused at once with a message to try again
 * later, never queued.
 */
@Component
public class ImportSlots {

    /** A taken slot; closing it (more than once is harmless) frees it. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore slots;

    ImportSlots(ImportLimits limits) {
        this.slots = new Semaphore(limits.concurrent());
    }

    /** Takes a free slot or refuses with "import.busy". */
    public Slot take() {
        if (!slots.tryAcquire()) {
            throw InvalidInput.of("file", "import.busy");
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                slots.release();
            }
        };
    }

    /** Free slots now, for tests and the health of the instance. */
    public int free() {
        return slots.availablePermits();
    }
}
