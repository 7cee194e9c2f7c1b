/** Tây Ninh demo data and accounts for the embedded evaluation mode. */
package vn.thidua.demo;
