package vn.thidua.eligibility;

import java.util.List;
import vn.thidua.shared.LegalReference;

/**
 * Why a candidate does not qualify: a stable code, the provision, and a message key with its
 * arguments, read in Vietnamese as "Chưa đủ điều kiện: … (khoản 1 Điều 24 Luật TĐKT 2022)".
 */
public record Rejection(String code, LegalReference legalReference, String messageKey, List<Object> args) {

    public Rejection {
        args = List.copyOf(args);
    }
}
