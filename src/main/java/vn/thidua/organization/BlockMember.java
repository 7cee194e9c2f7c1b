package vn.thidua.organization;

/** A unit's seat in an emulation block for the block's year. */
public record BlockMember(Long unitId, BlockRole role, int seq) {}
