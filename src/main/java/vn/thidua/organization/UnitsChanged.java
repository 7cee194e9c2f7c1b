package vn.thidua.organization;

import org.springframework.data.relational.core.mapping.event.AbstractRelationalEventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import vn.thidua.cluster.CacheEpochs;

/**
 * The kept units of {@link UnitDirectory} are stale on every instance once a save or delete of a unit
 * commits, whoever makes it (editing, the import, the Tây Ninh loading, the demo data): every write of
 * {@code organization_unit} goes through the {@link Units} repository, whose events land here. A unit
 * changed by hand in the database shows once the epoch advances ({@code CacheEpochs.changed}) or the
 * application restarts.
 */
@Component
class UnitsChanged extends AbstractRelationalEventListener<Unit> {

    private final CacheEpochs epochs;

    UnitsChanged(CacheEpochs epochs) {
        this.epochs = epochs;
    }

    @Override
    protected void onAfterSave(AfterSaveEvent<Unit> event) {
        epochs.changed(UnitDirectory.EPOCH);
    }

    @Override
    protected void onAfterDelete(AfterDeleteEvent<Unit> event) {
        epochs.changed(UnitDirectory.EPOCH);
    }
}
