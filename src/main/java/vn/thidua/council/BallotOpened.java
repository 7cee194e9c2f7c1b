package vn.thidua.council;

import java.util.List;

/** A council session's secret ballot opened: the members on its roll are asked to vote. */
public record BallotOpened(Long sessionId, String title, List<String> rollUsernames) {}
