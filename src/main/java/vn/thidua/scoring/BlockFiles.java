package vn.thidua.scoring;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.Attached;
import vn.thidua.attachment.AttachmentOwner;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * A block's files: the signed pact (giao ước) every member may read and the Ban TĐKT files, and each
 * member's evidence for its self-assessment, per criterion, which the unit adds until the vote and
 * the other members read when they cross-score.
 */
@Component
public class BlockFiles {

    static final String PACT = "block-pact";
    static final String EVIDENCE = "block-evidence";

    private final Attachments attachments;
    private final ScoringBlocks scoring;

    BlockFiles(Attachments attachments, ScoringBlocks scoring) {
        this.attachments = attachments;
        this.scoring = scoring;
    }

    /** Files the signed pact of the block's year. */
    @Transactional
    public Attached filePact(Long blockId, String fileName, byte[] content) {
        requireSetup(blockId);
        return attachments.attach(Owner.of(PACT, blockId), "giao-uoc", fileName, content);
    }

    /** Files a member's evidence for one criterion of its self-assessment. */
    @Transactional
    public Attached fileEvidence(Long blockId, Long unitId, String criterion, String fileName, byte[] content) {
        ScoringBlocks.Setup setup = requireSetup(blockId);
        if (setup.voted()) {
            throw InvalidInput.of("block", "validation.scoring.voted");
        }
        if (!scoring.members(blockId).contains(unitId)) {
            throw InvalidInput.of("unitId", "validation.scoring.notMember");
        }
        if (setup.card().criteria().stream().noneMatch(c -> c.code().equals(criterion))) {
            throw InvalidInput.of("criterion", "validation.scoring.unknownCriterion", criterion);
        }
        return attachments.attach(
                new Owner(EVIDENCE, blockId, slot(unitId, criterion)), "minh-chung", fileName, content);
    }

    @Transactional(readOnly = true)
    public List<Attached> pact(Long blockId) {
        return attachments.of(Owner.of(PACT, blockId));
    }

    /** A member's evidence by criterion code. */
    @Transactional(readOnly = true)
    public Map<String, List<Attached>> evidence(Long blockId, Long unitId) {
        String prefix = unitId + "/";
        return attachments.of(Owner.of(EVIDENCE, blockId)).stream()
                .filter(a -> a.owner().slot().startsWith(prefix))
                .collect(Collectors.groupingBy(a -> a.owner().slot().substring(prefix.length())));
    }

    private ScoringBlocks.Setup requireSetup(Long blockId) {
        return scoring.setupOf(blockId).orElseThrow(() -> InvalidInput.of("block", "validation.scoring.noSetup"));
    }

    private static String slot(Long unitId, String criterion) {
        return unitId + "/" + criterion;
    }

    /** Who may read a block's files: the Ban TĐKT and the accounts of its members ({@link ScoringBlocks#mayRead}). */
    abstract static class BlockOwner implements AttachmentOwner {

        final ScoringBlocks scoring;
        final AccessScope scope;

        BlockOwner(ScoringBlocks scoring, AccessScope scope) {
            this.scoring = scoring;
            this.scope = scope;
        }

        boolean specialist() {
            Role role = scope.actor().role();
            return role == Role.ADMIN || role == Role.SPECIALIST;
        }

        @Override
        public boolean mayRead(Owner owner) {
            return scoring.mayRead(owner.id());
        }
    }

    @Component
    static class PactOwner extends BlockOwner {

        PactOwner(ScoringBlocks scoring, AccessScope scope) {
            super(scoring, scope);
        }

        @Override
        public String kind() {
            return PACT;
        }

        @Override
        public boolean mayWrite(Owner owner) {
            return specialist();
        }
    }

    @Component
    static class EvidenceOwner extends BlockOwner {

        EvidenceOwner(ScoringBlocks scoring, AccessScope scope) {
            super(scoring, scope);
        }

        @Override
        public String kind() {
            return EVIDENCE;
        }

        /** Only the unit itself (or the Ban TĐKT) files its evidence. */
        @Override
        public boolean mayWrite(Owner owner) {
            if (specialist()) {
                return true;
            }
            String slot = owner.slot();
            int cut = slot.indexOf('/');
            return cut > 0 && scope.covers(Long.valueOf(slot.substring(0, cut)));
        }
    }
}
