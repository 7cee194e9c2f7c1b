/**
 * The law as code: each provision a rule class with its legal basis, rule sets chosen by the period
 * of the achievement, and verdicts that explain themselves with the article they come from.
 */
package vn.thidua.eligibility;
