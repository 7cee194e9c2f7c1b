package vn.thidua.organization;

import java.util.HashSet;
import java.util.Set;

/**
 * A word-start suffix of a person's folded name, with the unit the person works in now, kept so
 * that a prefix search on an index finds a person by family name, by given name or by any tail of
 * the full name, across the province or within a unit.
 */
record PersonNameKey(String nameKey, Long unitId) {

    static Set<PersonNameKey> of(String folded, Long unitId) {
        Set<PersonNameKey> keys = new HashSet<>();
        String rest = folded;
        while (!rest.isEmpty()) {
            keys.add(new PersonNameKey(rest, unitId));
            int space = rest.indexOf(' ');
            rest = space < 0 ? "" : rest.substring(space + 1);
        }
        return keys;
    }
}
