package vn.thidua.movement;

/**
 * The indices the 2023 article names (PCI, PAPI, PAR Index, SIPAS, ICT Index) and a
 * socio-economic target of the year's plan, with a label saying which.
 */
public enum Indicator {
    /** Chỉ số năng lực cạnh tranh cấp tỉnh. */
    PCI,
    /** Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh. */
    PAPI,
    /** Chỉ số cải cách hành chính. */
    PAR_INDEX,
    /** Chỉ số hài lòng về sự phục vụ hành chính. */
    SIPAS,
    /** Chỉ số sẵn sàng ứng dụng công nghệ thông tin. */
    ICT_INDEX,
    /** Một chỉ tiêu kinh tế - xã hội của kế hoạch năm. */
    PLAN_TARGET
}
