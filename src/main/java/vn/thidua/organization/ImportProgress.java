package vn.thidua.organization;

/** Told how far an import has come. */
@FunctionalInterface
public interface ImportProgress {

    void at(int done, int total);
}
