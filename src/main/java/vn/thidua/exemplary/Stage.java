package vn.thidua.exemplary;

/**
 * Where an example stands in the cycle the plans follow (phát hiện → bồi dưỡng → nhân rộng → tôn
 * vinh; registers.md §1): one step forward at a time, nurturing only once verified, honouring only
 * at an honouring event after replication.
 */
enum Stage {
    DISCOVERED,
    NURTURED,
    REPLICATED,
    HONOURED;

    /** The stage that may follow this one, or null after the last. */
    public Stage next() {
        return this == HONOURED ? null : values()[ordinal() + 1];
    }
}
