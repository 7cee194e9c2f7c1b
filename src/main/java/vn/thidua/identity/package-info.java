/** Accounts, roles, unit scope, sign-in, lockout and sessions. */
package vn.thidua.identity;
