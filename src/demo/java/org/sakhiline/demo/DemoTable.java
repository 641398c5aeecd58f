package org.sakhiline.demo;

import java.util.List;

/**
 * The ledger tables the demo generator writes, with the columns it fills. The declaration order is
 * the foreign-key order: flushing pending rows table by table in this order never inserts a child
 * before its parent.
 */
public enum DemoTable {
    ORG_UNIT("org_unit", "id", "parent_id", "level", "country", "code", "name", "name_local", "district",
            "block", "village"),
    SHG_PROFILE("shg_profile", "org_unit_id", "formation_date", "meeting_frequency", "meeting_day_of_week",
            "meeting_week_of_month", "meeting_day_of_month", "meeting_time", "meeting_place", "time_zone",
            "default_language", "default_savings_paise", "bank_account_masked", "grade"),
    MEMBER("member", "id", "shg_id", "member_no", "name", "name_native", "language", "script", "role", "status",
            "pin_hash", "joined_on"),
    MEMBER_PHONE("member_phone", "id", "member_id", "phone_e164"),
    STAFF("staff", "id", "name", "phone_e164", "role", "org_unit_id", "language", "pin_hash"),
    SAVINGS_TXN("savings_txn", "id", "member_id", "type", "amount_paise", "balance_after_paise", "reverses_txn_id",
            "channel", "actor", "value_date", "idempotency_key", "external_ref", "note", "created_at"),
    SAVINGS_BALANCE("savings_balance", "member_id", "balance_paise", "last_txn_id", "updated_at"),
    LOAN("loan", "id", "member_id", "fund_source", "principal_paise", "charge_method", "rate_bp", "rate_period",
            "frequency", "instalment_count", "disbursal_date", "first_due_date", "grace_days", "status",
            "idempotency_key", "created_at"),
    LOAN_INSTALMENT("loan_instalment", "id", "loan_id", "seq", "due_date", "principal_due_paise",
            "charge_due_paise", "principal_paid_paise", "charge_paid_paise"),
    LOAN_REPAYMENT("loan_repayment", "id", "loan_id", "amount_paise", "channel", "actor", "value_date",
            "idempotency_key", "external_ref", "created_at"),
    LOAN_ALLOCATION("loan_allocation", "id", "repayment_id", "instalment_id", "charge_paise", "principal_paise"),
    MEETING("meeting", "id", "shg_id", "meeting_date", "start_time", "place", "status"),
    MEETING_ATTENDANCE("meeting_attendance", "meeting_id", "member_id", "present");

    public final String tableName;
    public final List<String> columns;

    DemoTable(String tableName, String... columns) {
        this.tableName = tableName;
        this.columns = List.of(columns);
    }

    public String insertSql() {
        return "INSERT INTO " + tableName + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }
}
