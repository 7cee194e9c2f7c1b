/**
 * Initiatives (sáng kiến, issue 21 slice B, ADR 0034): applications for recognition of an
 * initiative (authors from the organisation, content, where applied, effect, the unit applying it),
 * the recognition council's decision at its level (cơ sở; district only before 1/7/2025; province),
 * and the recognised initiative entering each author's record through {@code AchievementRecords},
 * where the eligibility rules (CSTĐCS, BK tỉnh, CSTĐ tỉnh, Đ73 k2) already read it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization", "achievement"})
package vn.thidua.initiative;
