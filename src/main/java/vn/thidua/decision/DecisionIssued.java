package vn.thidua.decision;

/** A decision got its number and waits for its signer's signature. */
public record DecisionIssued(Long decisionId, String numberText, String title) {}
