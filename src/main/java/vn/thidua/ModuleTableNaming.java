package vn.thidua;

import org.springframework.data.relational.core.mapping.DefaultNamingStrategy;

/**
 * Tables carry their module's name: {@code vn.thidua.organization.Unit} maps to
 * {@code organization_unit}. Names stay derived (never quoted literals), so the same mapping works
 * on H2 in PostgreSQL mode and on PostgreSQL.
 */
class ModuleTableNaming extends DefaultNamingStrategy {

    private static final String BASE = ThiDuaApplication.class.getPackageName() + ".";

    @Override
    public String getTableName(Class<?> type) {
        String table = super.getTableName(type);
        String pkg = type.getPackageName();
        if (!pkg.startsWith(BASE)) {
            return table;
        }
        String module = pkg.substring(BASE.length()).split("\\.")[0];
        return module + "_" + table;
    }
}
