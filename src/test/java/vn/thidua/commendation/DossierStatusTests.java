package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (status, action) pair: the allowed ones lead where the process says, the rest are refused. */
class DossierStatusTests {

    private static final Map<String, DossierStatus> ALLOWED = Map.ofEntries(
            Map.entry("DRAFT SEND_TO_LEADER", DossierStatus.AWAITING_APPROVAL),
            Map.entry("DRAFT WITHDRAW", DossierStatus.WITHDRAWN),
            Map.entry("AWAITING_APPROVAL SUBMIT", DossierStatus.SUBMITTED),
            Map.entry("AWAITING_APPROVAL SEND_BACK", DossierStatus.DRAFT),
            Map.entry("AWAITING_APPROVAL WITHDRAW", DossierStatus.WITHDRAWN),
            Map.entry("SUBMITTED FORWARD", DossierStatus.SUBMITTED),
            Map.entry("SUBMITTED RECEIVE", DossierStatus.UNDER_APPRAISAL),
            Map.entry("SUBMITTED RETURN", DossierStatus.RETURNED),
            Map.entry("UNDER_APPRAISAL RETURN", DossierStatus.RETURNED),
            Map.entry("UNDER_APPRAISAL FINISH_APPRAISAL", DossierStatus.APPRAISED),
            Map.entry("RETURNED RESUBMIT", DossierStatus.UNDER_APPRAISAL),
            Map.entry("APPRAISED PUT_TO_COUNCIL", DossierStatus.AT_COUNCIL),
            Map.entry("APPRAISED REOPEN", DossierStatus.UNDER_APPRAISAL),
            Map.entry("AT_COUNCIL CONCLUDE", DossierStatus.CONCLUDED));

    static java.util.stream.Stream<Arguments> everyPair() {
        return java.util.Arrays.stream(DossierStatus.values())
                .flatMap(s -> java.util.Arrays.stream(DossierAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachActionIsAllowedOnlyWhereTheProcessPutsIt(DossierStatus status, DossierAction action) {
        Optional<DossierStatus> expected = Optional.ofNullable(ALLOWED.get(status + " " + action));

        assertThat(status.after(action)).isEqualTo(expected);
    }
}
