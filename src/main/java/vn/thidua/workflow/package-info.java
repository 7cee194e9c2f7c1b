/**
 * The chain of work between roles: who must act after each step. Listens to the steps other modules
 * publish (a movement proposed or launched, a registration or dossier moved, a comment window opened,
 * a ballot opened, a decision issued or signed) and tells the people who act next, in the application
 * and by e-mail when configured (ADR 0031). It reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "notification", "movement", "commendation", "council", "decision"})
package vn.thidua.workflow;
