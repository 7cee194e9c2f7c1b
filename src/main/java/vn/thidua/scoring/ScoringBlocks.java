package vn.thidua.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.BlockMember;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * A block's scoring through its year, stored: the Ban TĐKT sets up (or clones) the scorecard and
 * rule; each member's officer self-assesses and cross-scores the others; the Ban TĐKT adjusts with a
 * reason, reads the ranking and records the vote, which becomes the members' block standings. Every
 * score change is audited.
 */
@Service
public class ScoringBlocks {

    private static final String SPECIALISTS = "hasAnyRole('ADMIN', 'SPECIALIST')";
    private static final String SCORERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final JdbcClient jdbc;
    private final EmulationBlocks blocks;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int flagsPerBlock;
    private final int certificatePercent;

    ScoringBlocks(
            JdbcClient jdbc,
            EmulationBlocks blocks,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${thidua.scoring.flags-per-block:1}")
                    int flagsPerBlock,
            @org.springframework.beans.factory.annotation.Value("${thidua.scoring.certificate-percent:30}")
                    int certificatePercent) {
        this.flagsPerBlock = flagsPerBlock;
        this.certificatePercent = certificatePercent;
        this.jdbc = jdbc;
        this.blocks = blocks;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** A block year's setup: the scorecard, the rule, the pact, and whether the vote is recorded. */
    public record Setup(
            Long id, Long blockId, Scorecard card, AggregationRule rule, String pact, Instant votedAt, int version) {

        public boolean voted() {
            return votedAt != null;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Setup> setupOf(Long blockId) {
        return jdbc.sql("select id, method, self_weight, pact, voted_at, version from scoring_block_year"
                        + " where block_id = :b")
                .param("b", blockId)
                .query((rs, n) -> new Setup(
                        rs.getLong(1),
                        blockId,
                        null,
                        new AggregationRule(AggregationRule.Method.valueOf(rs.getString(2)), rs.getBigDecimal(3)),
                        rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class) == null
                                ? null
                                : rs.getObject(5, java.time.OffsetDateTime.class)
                                        .toInstant(),
                        rs.getInt(6)))
                .optional()
                .map(s -> new Setup(s.id(), blockId, card(s.id()), s.rule(), s.pact(), s.votedAt(), s.version()));
    }

    /** Whether the block has a scorecard for its year (without reading it). */
    @Transactional(readOnly = true)
    public boolean hasSetup(Long blockId) {
        return jdbc.sql("select count(*) from scoring_block_year where block_id = :b")
                        .param("b", blockId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Sets up the year's scorecard; once anyone has scored, the scorecard no longer changes. */
    @PreAuthorize(SPECIALISTS)
    @Transactional
    public Setup setUp(Long blockId, List<Criterion> criteria, AggregationRule rule, String pact) {
        block(blockId);
        if (criteria.isEmpty()) {
            throw InvalidInput.of("criteria", "validation.scoring.noCriteria");
        }
        new Scorecard(criteria); // refuses a code twice
        Optional<Setup> existing = setupOf(blockId);
        Long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            if (scoreCount(id) > 0) {
                throw InvalidInput.of("criteria", "validation.scoring.alreadyScored");
            }
            jdbc.sql("update scoring_block_year set method = :m, self_weight = :w, pact = :p, version = version + 1"
                            + " where id = :id")
                    .param("m", rule.method().name())
                    .param("w", rule.selfWeight())
                    .param("p", pact)
                    .param("id", id)
                    .update();
            jdbc.sql("delete from scoring_card_criterion where scoring_block_year = :id")
                    .param("id", id)
                    .update();
        } else {
            jdbc.sql("insert into scoring_block_year (block_id, method, self_weight, pact) values (:b, :m, :w, :p)")
                    .param("b", blockId)
                    .param("m", rule.method().name())
                    .param("w", rule.selfWeight())
                    .param("p", pact)
                    .update();
            id = jdbc.sql("select id from scoring_block_year where block_id = :b")
                    .param("b", blockId)
                    .query(Long.class)
                    .single();
        }
        int seq = 1;
        for (Criterion c : criteria) {
            jdbc.sql("insert into scoring_card_criterion (scoring_block_year, seq, code, criterion_group, text, kind,"
                            + " max_points, levels, evidence) values (:id, :s, :c, :g, :t, :k, :m, :l, :e)")
                    .param("id", id)
                    .param("s", seq++)
                    .param("c", c.code())
                    .param("g", c.group())
                    .param("t", c.text())
                    .param("k", c.kind().name())
                    .param("m", c.maxPoints())
                    .param("l", CardText.levels(c))
                    .param("e", c.evidence())
                    .update();
        }
        events.publishEvent(AuditableChange.created(
                "scorecard", id, "block=" + blockId + "\ncriteria=" + criteria.size() + "\nrule=" + rule));
        return setupOf(blockId).orElseThrow();
    }

    /** Nhân bản: next year's block starts from last year's scorecard and rule. */
    @PreAuthorize(SPECIALISTS)
    @Transactional
    public Setup cloneSetup(Long fromBlockId, Long toBlockId) {
        Setup from = setupOf(fromBlockId).orElseThrow(() -> InvalidInput.of("fromBlock", "validation.scoring.noSetup"));
        return setUp(toBlockId, from.card().criteria(), from.rule(), null);
    }

    /** Records one score: a member's self-assessment (scorer = unit) or a cross-score of another member. */
    @PreAuthorize(SCORERS)
    @Transactional
    public void score(Long blockId, Long scorerUnitId, Long unitId, String code, BigDecimal points, String evidence) {
        scope.requireUnit(scorerUnitId);
        Setup setup = openSetup(blockId);
        BlockScoring check = new BlockScoring(setup.card(), setup.rule(), members(blockId));
        if (scorerUnitId.equals(unitId)) {
            check.selfAssess(unitId, code, points);
        } else {
            check.crossScore(scorerUnitId, unitId, code, points);
        }
        BigDecimal before = jdbc.sql("select points from scoring_score where block_year_id = :y and scorer_unit_id = :s"
                        + " and unit_id = :u and criterion_code = :c")
                .param("y", setup.id())
                .param("s", scorerUnitId)
                .param("u", unitId)
                .param("c", code)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        if (before != null) {
            jdbc.sql(
                            "update scoring_score set points = :p, evidence = :e, scored_by = :by, scored_at = :at"
                                    + " where block_year_id = :y and scorer_unit_id = :s and unit_id = :u and criterion_code = :c")
                    .param("p", points)
                    .param("e", evidence)
                    .param("by", scope.actor().username())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .param("y", setup.id())
                    .param("s", scorerUnitId)
                    .param("u", unitId)
                    .param("c", code)
                    .update();
        } else {
            jdbc.sql("insert into scoring_score (block_year_id, scorer_unit_id, unit_id, criterion_code, points,"
                            + " evidence, scored_by, scored_at) values (:y, :s, :u, :c, :p, :e, :by, :at)")
                    .param("y", setup.id())
                    .param("s", scorerUnitId)
                    .param("u", unitId)
                    .param("c", code)
                    .param("p", points)
                    .param("e", evidence)
                    .param("by", scope.actor().username())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
        String what = "scorer=" + scorerUnitId + " unit=" + unitId + " criterion=" + code;
        events.publishEvent(
                before == null
                        ? AuditableChange.created("score", setup.id(), what + " points=" + points)
                        : AuditableChange.updated(
                                "score", setup.id(), what + " points=" + before, what + " points=" + points));
    }

    /** One scorer's sheet for one member: every criterion given, all written or none. */
    @PreAuthorize(SCORERS)
    @Transactional
    public void scoreSheet(Long blockId, Long scorerUnitId, Long unitId, java.util.Map<String, BigDecimal> points) {
        points.forEach((code, p) -> score(blockId, scorerUnitId, unitId, code, p, null));
    }

    /** Điều chỉnh điểm: the Ban TĐKT sets a member's criterion points, with the reason. */
    @PreAuthorize(SPECIALISTS)
    @Transactional
    public void adjust(Long blockId, Long unitId, String code, BigDecimal points, String reason) {
        Setup setup = openSetup(blockId);
        new BlockScoring(setup.card(), setup.rule(), members(blockId))
                .adjust(unitId, code, points, reason, scope.actor().username());
        jdbc.sql("delete from scoring_adjustment where block_year_id = :y and unit_id = :u and criterion_code = :c")
                .param("y", setup.id())
                .param("u", unitId)
                .param("c", code)
                .update();
        jdbc.sql("insert into scoring_adjustment (block_year_id, unit_id, criterion_code, points, reason, adjusted_by,"
                        + " adjusted_at) values (:y, :u, :c, :p, :r, :by, :at)")
                .param("y", setup.id())
                .param("u", unitId)
                .param("c", code)
                .param("p", points)
                .param("r", reason.strip())
                .param("by", scope.actor().username())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(AuditableChange.created(
                "score-adjustment",
                setup.id(),
                "unit=" + unitId + " criterion=" + code + " points=" + points + "\n" + reason));
    }

    /** The block's scoring as stored, ready to aggregate and rank. */
    @Transactional(readOnly = true)
    public BlockScoring scoring(Long blockId) {
        Setup setup = setupOf(blockId).orElseThrow(() -> InvalidInput.of("block", "validation.scoring.noSetup"));
        BlockScoring scoring = new BlockScoring(setup.card(), setup.rule(), members(blockId));
        jdbc.sql("select scorer_unit_id, unit_id, criterion_code, points from scoring_score where block_year_id = :y")
                .param("y", setup.id())
                .query(rs -> {
                    long scorer = rs.getLong(1);
                    long unit = rs.getLong(2);
                    if (scorer == unit) {
                        scoring.selfAssess(unit, rs.getString(3), rs.getBigDecimal(4));
                    } else {
                        scoring.crossScore(scorer, unit, rs.getString(3), rs.getBigDecimal(4));
                    }
                });
        jdbc.sql("select unit_id, criterion_code, points, reason, adjusted_by from scoring_adjustment"
                        + " where block_year_id = :y")
                .param("y", setup.id())
                .query(rs -> {
                    scoring.adjust(
                            rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5));
                });
        return scoring;
    }

    /** Suy tôn without proposals: records the ranking as the block's vote. */
    @PreAuthorize(SPECIALISTS)
    @Transactional
    public List<BlockScoring.Ranked> recordVote(Long blockId) {
        return recordVote(blockId, java.util.Map.of());
    }

    /**
     * Suy tôn: records the ranking as the block's vote, with what the block proposes each unit for;
     * the members' standings follow. The flag goes only to a unit leading the block (rank within the
     * flags allowed per block), at most {@code flagsPerBlock} of them; certificates of merit to at
     * most {@code certificatePercent} of the members (rounded up).
     */
    @PreAuthorize(SPECIALISTS)
    @Transactional
    public List<BlockScoring.Ranked> recordVote(Long blockId, java.util.Map<Long, VoteProposal> proposals) {
        Setup setup = openSetup(blockId);
        List<BlockScoring.Ranked> ranking = scoring(blockId).ranking();
        checkProposals(blockId, ranking, proposals);
        EmulationBlock block = block(blockId);
        jdbc.sql("update scoring_block_year set voted_at = :at, voted_by = :by, version = version + 1 where id = :id")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("by", scope.actor().username())
                .param("id", setup.id())
                .update();
        List<BlockVoteRecorded.Standing> standings = new ArrayList<>();
        for (BlockScoring.Ranked r : ranking) {
            VoteProposal proposal = proposals.get(r.result().unit());
            standings.add(new BlockVoteRecorded.Standing(r.result().unit(), r.rank(), proposal));
            if (proposal != null) {
                jdbc.sql("insert into scoring_vote_proposal (block_year_id, unit_id, proposal, block_rank)"
                                + " values (:y, :u, :p, :r)")
                        .param("y", setup.id())
                        .param("u", r.result().unit())
                        .param("p", proposal.name())
                        .param("r", r.rank())
                        .update();
            }
        }
        events.publishEvent(new BlockVoteRecorded(setup.id(), block.getYear(), block.getName(), standings));
        events.publishEvent(AuditableChange.created("block-vote", setup.id(), standings.toString()));
        return ranking;
    }

    /** The flags and certificates a block may propose: the province's quota (docs/legal-reference.md §4.3 [I]). */
    public record ProposalQuota(int flags, int certificates) {}

    public ProposalQuota quota(Long blockId) {
        int members = members(blockId).size();
        return new ProposalQuota(flagsPerBlock, (members * certificatePercent + 99) / 100);
    }

    private void checkProposals(
            Long blockId, List<BlockScoring.Ranked> ranking, java.util.Map<Long, VoteProposal> proposals) {
        java.util.Map<Long, Integer> ranks = new java.util.HashMap<>();
        ranking.forEach(r -> ranks.put(r.result().unit(), r.rank()));
        ProposalQuota quota = quota(blockId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        proposals.forEach((unit, proposal) -> {
            Integer rank = ranks.get(unit);
            if (rank == null) {
                problems.add(InvalidInput.Problem.of("unitId", "validation.scoring.notMember"));
            } else if (proposal == VoteProposal.FLAG && rank > quota.flags()) {
                problems.add(
                        InvalidInput.Problem.of("proposal", "validation.scoring.flagNotLeading", unitName(unit), rank));
            }
        });
        long flags =
                proposals.values().stream().filter(VoteProposal.FLAG::equals).count();
        long certificates = proposals.values().stream()
                .filter(VoteProposal.CERTIFICATE::equals)
                .count();
        if (flags > quota.flags()) {
            problems.add(InvalidInput.Problem.of("proposal", "validation.scoring.tooManyFlags", flags, quota.flags()));
        }
        if (certificates > quota.certificates()) {
            problems.add(InvalidInput.Problem.of(
                    "proposal", "validation.scoring.tooManyCertificates", certificates, quota.certificates()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private String unitName(Long unitId) {
        return jdbc.sql("select name from organization_unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    /** A unit the block's vote proposed, with its rank in the block. */
    public record Proposed(Long blockId, int year, String blockName, Long unitId, int rank, VoteProposal proposal) {}

    /** What the block's recorded vote proposes, leading unit first. */
    @Transactional(readOnly = true)
    public List<Proposed> proposals(Long blockId) {
        return jdbc.sql("select b.id, b.emulation_year, b.name, p.unit_id, p.block_rank, p.proposal"
                        + " from scoring_vote_proposal p join scoring_block_year y on y.id = p.block_year_id"
                        + " join organization_emulation_block b on b.id = y.block_id where b.id = :b"
                        + " order by p.block_rank, p.unit_id")
                .param("b", blockId)
                .query((rs, n) -> new Proposed(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getInt(5),
                        VoteProposal.valueOf(rs.getString(6))))
                .list();
    }

    /** A step of the block's year as it happened: when, and what was noted. */
    public record StageHeld(BlockStage stage, java.time.LocalDate heldOn, String note, String recordedBy) {}

    /** Records (or corrects) when a step of the block's year took place. */
    @PreAuthorize(SPECIALISTS)
    @Transactional
    public void recordStage(Long blockId, BlockStage stage, java.time.LocalDate heldOn, String note) {
        Setup setup = setupOf(blockId).orElseThrow(() -> InvalidInput.of("block", "validation.scoring.noSetup"));
        if (heldOn == null) {
            throw InvalidInput.of("heldOn", "validation.required");
        }
        jdbc.sql("delete from scoring_block_stage where block_year_id = :y and stage = :s")
                .param("y", setup.id())
                .param("s", stage.name())
                .update();
        jdbc.sql("insert into scoring_block_stage (block_year_id, stage, held_on, note, recorded_by)"
                        + " values (:y, :s, :d, :n, :by)")
                .param("y", setup.id())
                .param("s", stage.name())
                .param("d", heldOn)
                .param("n", note == null || note.isBlank() ? null : note.strip())
                .param("by", scope.actor().username())
                .update();
        events.publishEvent(AuditableChange.created("block-stage", setup.id(), stage + " " + heldOn + " " + note));
    }

    /** The steps recorded so far, in the year's order. */
    @Transactional(readOnly = true)
    public List<StageHeld> stages(Long blockId) {
        return setupOf(blockId)
                .map(setup -> jdbc
                        .sql("select stage, held_on, note, recorded_by from scoring_block_stage"
                                + " where block_year_id = :y")
                        .param("y", setup.id())
                        .query((rs, n) -> new StageHeld(
                                BlockStage.valueOf(rs.getString(1)),
                                rs.getObject(2, java.time.LocalDate.class),
                                rs.getString(3),
                                rs.getString(4)))
                        .list()
                        .stream()
                        .sorted(java.util.Comparator.comparing(StageHeld::stage))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Who may see a block's scoring (its page, report, pact and evidence): the Ban TĐKT and the
     * administrator, and the accounts of its members (an account whose unit scope covers a member
     * unit: its officers and leaders, the leading unit's among them). Other accounts, province-wide
     * ones of other roles included, may not (ADR 0024).
     */
    @Transactional(readOnly = true)
    public boolean mayRead(Long blockId) {
        vn.thidua.shared.Role role = scope.actor().role();
        if (role == vn.thidua.shared.Role.ADMIN || role == vn.thidua.shared.Role.SPECIALIST) {
            return true;
        }
        return !scope.provinceWide() && members(blockId).stream().anyMatch(scope::covers);
    }

    /** Refuses (403) an account that may not see the block's scoring. */
    public void requireReader(Long blockId) {
        if (!mayRead(blockId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "block " + blockId + "'s scoring is for its members and the Ban TĐKT");
        }
    }

    /** The members of the block, in their listed order. */
    @Transactional(readOnly = true)
    public Set<Long> members(Long blockId) {
        Set<Long> members = new LinkedHashSet<>();
        block(blockId).members().stream().map(BlockMember::unitId).forEach(members::add);
        return members;
    }

    private Setup openSetup(Long blockId) {
        Setup setup = setupOf(blockId).orElseThrow(() -> InvalidInput.of("block", "validation.scoring.noSetup"));
        if (setup.voted()) {
            throw InvalidInput.of("block", "validation.scoring.voted");
        }
        return setup;
    }

    private EmulationBlock block(Long blockId) {
        return blocks.findById(blockId).orElseThrow(() -> InvalidInput.of("block", "validation.scoring.noBlock"));
    }

    private int scoreCount(Long id) {
        return jdbc.sql("select count(*) from scoring_score where block_year_id = :y")
                .param("y", id)
                .query(Integer.class)
                .single();
    }

    private Scorecard card(Long id) {
        return new Scorecard(jdbc.sql("select code, criterion_group, text, kind, max_points, levels, evidence"
                        + " from scoring_card_criterion where scoring_block_year = :id order by seq")
                .param("id", id)
                .query((rs, n) -> new Criterion(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(5),
                        CriterionKind.valueOf(rs.getString(4)),
                        CardText.parseLevels(rs.getString(6)),
                        List.of(),
                        rs.getString(7)))
                .list());
    }
}
