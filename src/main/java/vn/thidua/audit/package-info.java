/** Append-only, hash-chained trail of who changed what and when. */
package vn.thidua.audit;
