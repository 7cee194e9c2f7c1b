/** Telling people about work: in-app notices, and e-mail when an SMTP server is configured. */
package vn.thidua.notification;
