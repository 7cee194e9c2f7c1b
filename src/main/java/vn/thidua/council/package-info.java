/**
 * The emulation council (Hội đồng Thi đua - Khen thưởng): councils per level and term with their
 * members, sessions with an agenda of appraised dossiers and a quorum, conflicts of interest and
 * automatic recusal, the secret electronic ballot, and the minutes (biên bản).
 */
package vn.thidua.council;
