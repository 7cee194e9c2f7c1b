package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmulationBlockTests {

    private final EmulationBlock block = new EmulationBlock("Khối Kinh tế - Kỹ thuật tỉnh", BlockKind.BLOCK, 2026);

    @Test
    void hasOneLeaderAndOneDeputy() {
        block.add(1L, BlockRole.LEADER);
        block.add(2L, BlockRole.DEPUTY);

        assertThatThrownBy(() -> block.add(3L, BlockRole.LEADER)).hasMessage("block.member.roleTaken");
        assertThatThrownBy(() -> block.add(4L, BlockRole.DEPUTY)).hasMessage("block.member.roleTaken");
        assertThat(block.leader()).map(BlockMember::unitId).contains(1L);
    }

    @Test
    void holdsAUnitOnlyOnce() {
        block.add(1L, BlockRole.MEMBER);

        assertThatThrownBy(() -> block.add(1L, BlockRole.MEMBER)).hasMessage("block.member.duplicate");
    }

    @Test
    void keepsMembersInTheOrderTheyJoined() {
        block.add(7L, BlockRole.MEMBER);
        block.add(3L, BlockRole.LEADER);

        assertThat(block.members()).extracting(BlockMember::unitId).containsExactly(7L, 3L);
    }
}
