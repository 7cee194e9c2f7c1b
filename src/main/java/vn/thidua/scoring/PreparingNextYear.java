package vn.thidua.scoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;

/**
 * Next year's block in one step: its members and leadership handed over, and this year's scorecard
 * with them; all of it or nothing.
 */
@Service
public class PreparingNextYear {

    private final EditingBlocks editing;
    private final ScoringBlocks scoring;

    PreparingNextYear(EditingBlocks editing, ScoringBlocks scoring) {
        this.editing = editing;
        this.scoring = scoring;
    }

    @Transactional
    public EmulationBlock from(Long blockId) {
        EmulationBlock next = editing.cloneToNextYear(blockId);
        if (scoring.setupOf(blockId).isPresent()) {
            scoring.cloneSetup(blockId, next.getId());
        }
        return next;
    }
}
