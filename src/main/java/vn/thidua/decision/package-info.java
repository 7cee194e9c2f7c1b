/**
 * Decisions (Quyết định khen thưởng) and what follows them: numbers per issuer and year without gaps,
 * the document in the NĐ 30/2020 format as Word and PDF, the signature (PAdES), certificates with a
 * QR code to a public verification page, revocation by a later decision, award money and the fund.
 */
package vn.thidua.decision;
