package vn.thidua.movement;

import vn.thidua.achievement.Award;

/** An individual the unit registers, and the title he or she aims for. */
public record RegisteredPerson(Long personId, Award target) {}
