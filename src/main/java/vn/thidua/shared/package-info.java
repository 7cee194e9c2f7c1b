/** Plain types every module may use: Vietnamese text, national IDs, roles, the acting account. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.thidua.shared;
