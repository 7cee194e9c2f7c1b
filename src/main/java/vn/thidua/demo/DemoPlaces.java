package vn.thidua.demo;

import org.springframework.stereotype.Component;
import vn.thidua.organization.Unit;
import vn.thidua.organization.Units;

/** The current unit of a name, as the demo names them (after the 2025 merger when both exist). */
@Component
class DemoPlaces {

    private final Units units;

    DemoPlaces(Units units) {
        this.units = units;
    }

    long current(String name) {
        return unit(name).getId();
    }

    Unit unit(String name) {
        return units.findFirstByNameAndValidToIsNullOrderById(name)
                .orElseThrow(() -> new IllegalStateException("no current unit " + name));
    }
}
