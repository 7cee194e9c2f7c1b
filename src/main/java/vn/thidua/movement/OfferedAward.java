package vn.thidua.movement;

import vn.thidua.achievement.Award;

/** A title or form the movement offers, and how many are planned (null: not fixed). */
public record OfferedAward(Award award, Integer planned) {}
