/**
 * Reports the law requires (the Home Affairs sector's statistical forms, the yearly summary tables) and the
 * dashboards leaders and the Ban Thi đua - Khen thưởng read. Reads other modules' facts; writes only its own
 * tables ({@code report_…}).
 */
package vn.thidua.report;
