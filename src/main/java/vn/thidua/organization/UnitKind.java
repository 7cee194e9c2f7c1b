package vn.thidua.organization;

/** Loại đơn vị: what kind of body a unit is. */
public enum UnitKind {
    PROVINCE,
    DEPARTMENT,
    AGENCY,
    DISTRICT,
    WARD,
    COMMUNE,
    TOWNSHIP,
    ENTERPRISE,
    SCHOOL,
    MASS_ORGANIZATION,
    PARTY_BODY,
    ARMED_FORCES,
    DIVISION
}
