package vn.thidua.shared;

import java.util.List;

/**
 * A signed revocation (Luật TĐKT 2022 Đ93 k2): the awards it names leave the recipients' records,
 * so no later chain counts them; the audit trail keeps what they were and why. Each entry's
 * {@code awardId} is the awarding decision's recipient line, also when a correction came between.
 */
public record AwardsRevoked(String revokingDecision, String originalDecision, List<AwardsDecided.Entry> entries) {}
