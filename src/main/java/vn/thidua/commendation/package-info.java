/**
 * Nomination dossiers (hồ sơ đề nghị khen thưởng) from the unit to the council: the unit drafts and
 * its leader submits; the dossier climbs the chain to the Ban TĐKT; every nominee is checked against
 * the law, for duplicates and quotas; the specialist appraises, consults, returns fields to fix;
 * nominees that need it are published for public comment before the council may vote on them.
 */
package vn.thidua.commendation;
