/**
 * Emulation movements: launch with concrete criteria and offered awards, cascade to lower levels,
 * participants by unit kind, block or subtree, and the status of each movement through its life.
 */
package vn.thidua.movement;
