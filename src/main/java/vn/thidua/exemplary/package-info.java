/**
 * Exemplary people, collectives and models (điển hình tiên tiến, issue 21, ADR 0033): the register of
 * nominated examples with their deed, field, evidence, who found and who verified them, the stage
 * (discovered → nurtured → replicated → honoured) with guarded transitions, the person's consent,
 * honouring events (the Patriotic Emulation Congress, the 11 June anniversary) with the list
 * honoured, and the portal's "Gương điển hình tiên tiến" section fed with consented, verified entries.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "organization", "achievement", "attachment", "portal"})
package vn.thidua.exemplary;
