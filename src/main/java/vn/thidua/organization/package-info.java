/** Units (tree, validity, merger lineage), people and their assignments, emulation blocks. */
package vn.thidua.organization;
