package vn.thidua.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The provision a rule class enforces, and the period it is in force for. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LegalBasis {

    String document();

    String article();

    String clause() default "";

    /** First day (ISO date) achievements are judged by this provision. */
    String inForceFrom();

    /** Last day (ISO date), empty while in force. */
    String inForceUntil() default "";

    LegalReference.Certainty certainty() default LegalReference.Certainty.CONFIRMED;
}
