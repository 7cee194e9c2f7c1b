package vn.thidua.commendation;

/**
 * Answered by the council module, which knows its members and agendas: whether the account sits on
 * a council one of whose sessions has the dossier on its agenda. A council member reads only those
 * dossiers (ADR 0023).
 */
public interface CouncilSeats {

    boolean seated(String username, Long dossierId);
}
