package vn.thidua.decision;

/** A decision was signed: the units and people concerned are told; the portal's honour roll updates. */
public record DecisionSigned(Long decisionId, String cited, String title, int recipients) {}
