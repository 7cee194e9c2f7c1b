package vn.thidua.movement;

/** An emulation block whose members take part. */
public record ParticipantBlock(Long blockId) {}
