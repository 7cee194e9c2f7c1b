package vn.thidua.organization.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import vn.thidua.shared.InvalidInput;

/** Puts the problems of refused input on the form's fields, in the user's language. */
final class Forms {

    private Forms() {}

    static void reject(BindingResult result, InvalidInput invalid) {
        for (InvalidInput.Problem p : invalid.problems()) {
            Object[] args = p.args().toArray();
            if (result.getTarget() != null && hasField(result, p.field())) {
                result.rejectValue(p.field(), p.messageKey(), args, p.messageKey());
            } else {
                result.reject(p.messageKey(), args, p.messageKey());
            }
        }
    }

    static List<String> messages(InvalidInput invalid, MessageSource messages, Locale locale) {
        return invalid.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                .toList();
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
