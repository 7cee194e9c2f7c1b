/**
 * Files that belong to the work: signed pacts, evidence for self-assessments, legal basis documents,
 * dossier attachments. Stored in the database with the rows that cite them, so a backup or a
 * rolled-back transaction takes both; each owning module says who may read and add its files.
 */
package vn.thidua.attachment;
