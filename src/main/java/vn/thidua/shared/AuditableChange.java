package vn.thidua.shared;

/**
 * Published by any module when it creates, changes or deletes something the audit trail keeps:
 * the states before and after are plain text (JSON-like key=value lines), null when absent.
 */
public record AuditableChange(String entityType, String entityId, String action, String before, String after) {

    public static AuditableChange created(String type, Object id, String after) {
        return new AuditableChange(type, String.valueOf(id), "CREATE", null, after);
    }

    public static AuditableChange updated(String type, Object id, String before, String after) {
        return new AuditableChange(type, String.valueOf(id), "UPDATE", before, after);
    }

    public static AuditableChange deleted(String type, Object id, String before) {
        return new AuditableChange(type, String.valueOf(id), "DELETE", before, null);
    }
}
