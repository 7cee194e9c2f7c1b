package vn.thidua.movement;

import java.time.LocalDate;

/** A movement went public: participants are told, the portal shows it. */
public record MovementLaunched(Long movementId, String name, Long launchingUnitId, LocalDate periodFrom) {}
