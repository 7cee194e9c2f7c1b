/**
 * Block scoring: scorecards (criteria with ladders, thresholds, bonus and penalty points), each
 * member's self-assessment, cross-scores by the other members, the Ban TĐKT's adjustments with a
 * reason, a configurable aggregation rule and a ranking whose ties are resolved by a stated rule.
 */
package vn.thidua.scoring;
