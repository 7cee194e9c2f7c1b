package vn.thidua.movement;

import java.time.LocalDate;

/** A document the movement rests on or is launched by: "Chỉ thị số 01/CT-UBND ngày 03/01/2023 của Chủ tịch UBND tỉnh". */
public record LegalDocument(
        int seq, String docType, String docNumber, LocalDate issuedOn, String issuer, String title) {}
