/** Each person's record: yearly ratings, emulation titles, commendation forms, initiatives, discipline. */
package vn.thidua.achievement;
