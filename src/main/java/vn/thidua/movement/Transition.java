package vn.thidua.movement;

import java.time.Instant;

/** A change of status: to what, when, by whom. */
public record Transition(int seq, MovementStatus status, Instant changedAt, String byUser) {}
