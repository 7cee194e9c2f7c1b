package vn.thidua.eligibility;

/** Căn cứ khen thưởng: thường xuyên, theo chuyên đề, đột xuất, quá trình cống hiến. */
public enum Basis {
    REGULAR,
    THEMATIC,
    EXTRAORDINARY,
    LONG_SERVICE
}
