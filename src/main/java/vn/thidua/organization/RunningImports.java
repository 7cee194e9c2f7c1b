package vn.thidua.organization;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.thidua.organization.ImportJobs.Phase;
import vn.thidua.organization.ImportJobs.Status;
import vn.thidua.shared.InvalidInput;

/**
 * Runs an uploaded import in the background, as the account that uploaded it, and records its
 * progress in {@link ImportJobs}. The writing happens in one transaction: a rejected file, a
 * crash or an instance that dies mid-way leaves no person written.
 */
@Service
public class RunningImports {

    private static final Logger log = LoggerFactory.getLogger(RunningImports.class);

    private final ImportJobs jobs;
    private final PeopleImport people;
    private final UnitsImport units;
    private final AccessScope scope;
    private final TaskExecutor executor;
    private final ImportSlots slots;

    RunningImports(
            ImportJobs jobs,
            PeopleImport people,
            UnitsImport units,
            AccessScope scope,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ImportSlots slots) {
        this.slots = slots;
        this.jobs = jobs;
        this.people = people;
        this.units = units;
        this.scope = scope;
        this.executor = executor;
    }

    /** Starts importing people; returns the job to follow. */
    @PreAuthorize(EditingPeople.WRITERS)
    public String importPeople(byte[] file, String fileName) {
        return start("people", fileName, id -> {
            var rows = people.read(
                    new ByteArrayInputStream(file), (done, total) -> jobs.progress(id, Phase.READING, done, total));
            jobs.progress(id, Phase.WRITING, 0, rows.size());
            return people.write(rows, fileName, written -> jobs.progress(id, Phase.WRITING, written, rows.size()));
        });
    }

    /** Starts importing units; returns the job to follow. */
    public String importUnits(byte[] file, String fileName) {
        return start(
                "units",
                fileName,
                id -> units.importAll(
                        new ByteArrayInputStream(file),
                        (done, total) -> jobs.progress(id, Phase.WRITING, done, total)));
    }

    /** The work of one import: read, check, write; returns the rows written. */
    public interface Work {
        int run(String jobId);
    }

    /**
     * Starts an import of any kind as the current account; its progress and outcome go to {@link
     * ImportJobs}. Callers check the account's role first. Refused with "import.busy" when {@link
     * ImportSlots} has no free slot; the slot is held until the import has finished.
     */
    public String start(String kind, String fileName, Work work) {
        ImportSlots.Slot slot = slots.take();
        try {
            String id = jobs.start(kind, scope.actor().username(), fileName);
            executor.execute(new DelegatingSecurityContextRunnable(
                    () -> {
                        try (slot) {
                            int imported = work.run(id);
                            jobs.finish(id, Status.DONE, imported, List.of());
                        } catch (InvalidInput invalid) {
                            jobs.finish(id, Status.REJECTED, 0, invalid.problems());
                        } catch (RuntimeException e) {
                            log.error("Nhập tệp {} thất bại", fileName, e);
                            jobs.finish(id, Status.FAILED, 0, List.of());
                        }
                    },
                    SecurityContextHolder.getContext()));
            return id;
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
    }
}
