/** Each role's starting page. */
package vn.thidua.home;
