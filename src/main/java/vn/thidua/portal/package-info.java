/**
 * The public portal of emulation and commendation: articles with views, ratings and moderated
 * reader comments, visitor statistics, and the public faces of the other modules (movements,
 * public comment, certificate verification).
 */
package vn.thidua.portal;
