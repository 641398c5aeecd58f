package org.sakhiline.demo;

import org.sakhiline.demo.DemoDataGenerator.IdStart;

/**
 * Where the generator's parts write: the sink, with the ids and idempotency keys they hand out. Ids are
 * assigned here, from {@link IdStart}, so a loader needs no round trip per row.
 */
final class DemoRows {

    private final RowSink sink;
    private final String keyPrefix;
    private long nextKey = 1;
    private long nextOrgUnit;
    private long nextMember;
    private long nextPhone;
    private long nextStaff;
    private long nextTxn;
    private long nextLoan;
    private long nextInstalment;
    private long nextRepayment;
    private long nextAllocation;
    private long nextMeeting;

    DemoRows(RowSink sink, long seed, IdStart ids) {
        this.sink = sink;
        this.keyPrefix = "demo:" + seed + ":";
        nextOrgUnit = ids.orgUnit();
        nextMember = ids.member();
        nextPhone = ids.memberPhone();
        nextStaff = ids.staff();
        nextTxn = ids.savingsTxn();
        nextLoan = ids.loan();
        nextInstalment = ids.loanInstalment();
        nextRepayment = ids.loanRepayment();
        nextAllocation = ids.loanAllocation();
        nextMeeting = ids.meeting();
    }

    void emit(DemoTable table, Object... values) {
        sink.row(table, values);
    }

    /** Every row emitted so far has its parents emitted too. */
    void checkpoint() {
        sink.checkpoint();
    }

    /** The next idempotency key (savings transactions, loans and repayments share one sequence). */
    String nextKey() {
        return keyPrefix + DemoDataGenerator.pad(nextKey++, 10);
    }

    long nextOrgUnitId() {
        return nextOrgUnit++;
    }

    long nextMemberId() {
        return nextMember++;
    }

    long nextPhoneId() {
        return nextPhone++;
    }

    long nextStaffId() {
        return nextStaff++;
    }

    long nextSavingsTxnId() {
        return nextTxn++;
    }

    long nextLoanId() {
        return nextLoan++;
    }

    /** Reserves {@code count} consecutive instalment ids and returns the first. */
    long nextInstalmentIds(int count) {
        long first = nextInstalment;
        nextInstalment += count;
        return first;
    }

    long nextRepaymentId() {
        return nextRepayment++;
    }

    long nextAllocationId() {
        return nextAllocation++;
    }

    long nextMeetingId() {
        return nextMeeting++;
    }
}
