package vn.thidua.achievement;

/**
 * Căn cứ khen thưởng (loại hình khen thưởng, Luật TĐKT 2022 Điều 8): thường xuyên (theo công trạng
 * và thành tích), theo chuyên đề (đợt), đột xuất, quá trình cống hiến. Thematic and sudden results
 * are never counted towards the chains of regular awards (NĐ 98/2023 Điều 4, docs/legal-reference.md R18).
 */
public enum Basis {
    REGULAR,
    THEMATIC,
    EXTRAORDINARY,
    LONG_SERVICE
}
