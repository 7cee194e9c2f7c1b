/**
 * Legacy registers and certifying that a person holds an award (issue 21, ADR 0033): awards of the
 * resistance wars (individuals and families), commemorative medals (kỷ niệm chương) and awards of
 * the former provinces (Tây Ninh and Long An before 1/7/2025), imported from Excel in bulk and
 * searched without diacritics; and the signed certificate (xác nhận khen thưởng) drawn from these
 * registers and the decided awards in people's records, verifiable by its QR code at /xac-minh.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "achievement", "attachment", "decision"})
package vn.thidua.legacy;
