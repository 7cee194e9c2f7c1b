package vn.thidua.organization;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Emulation blocks and clusters of every year. */
public interface EmulationBlocks extends ListCrudRepository<EmulationBlock, Long> {

    List<EmulationBlock> findByEmulationYearOrderByName(int year);
}
