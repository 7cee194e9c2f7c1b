package vn.thidua.eligibility;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The caps the law sets on how many may be given a title (docs/legal-reference.md R03, R10), as configuration: the
 * share of Chiến sĩ thi đua cơ sở among Lao động tiên tiến (15% under NĐ 91/2017 [C]; not confirmed
 * under NĐ 98/2023 and NĐ 152/2025, so off unless the province sets it [U]) and the share of block
 * leaders the province may propose for the Government flag (20% [C]).
 */
@ConfigurationProperties("thidua.eligibility.quotas")
public record Quotas(
        Integer grassrootsFighterShareBefore2024, Integer grassrootsFighterShareFrom2024, Integer governmentFlagShare) {

    public Quotas {
        grassrootsFighterShareBefore2024 =
                grassrootsFighterShareBefore2024 == null ? 15 : grassrootsFighterShareBefore2024;
        governmentFlagShare = governmentFlagShare == null ? 20 : governmentFlagShare;
    }

    /** The share in percent for the rules in force, or null when no cap applies. */
    public Integer grassrootsFighterShare(RulesInForce rules) {
        return rules.before2024() ? grassrootsFighterShareBefore2024 : grassrootsFighterShareFrom2024;
    }

    /** How many of {@code base} a share allows, rounded down (a cap is never exceeded by rounding). */
    public static int allowed(int percent, int base) {
        return (int) ((long) percent * base / 100);
    }

    /** One cap as a list shows it: the base it is a share of, the limit, and how many would be given. */
    public record Check(String award, int percent, int base, int allowed, int candidates, boolean confirmed) {

        public boolean exceeded() {
            return candidates > allowed;
        }
    }
}
