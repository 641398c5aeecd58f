package org.sakhiline.support.problem;

/** Well-formed but refused by a money or domain rule (API: 422): overdraft, overpayment, ... */
public class BusinessRuleException extends DomainException {

    public static final String OVERDRAFT = "overdraft";
    public static final String OVERPAYMENT = "overpayment";
    public static final String REVERSAL_OF_REVERSAL = "reversal-of-reversal";
    public static final String REVERSAL_OVERDRAFT = "reversal-overdraft";
    public static final String INACTIVE = "inactive";
    /** She has left her group: her books are closed to postings. */
    public static final String MEMBER_EXITED = "member-exited";
    public static final String INVALID_STATE = "invalid-state";

    public BusinessRuleException(String code, String message) {
        super(code, message);
    }
}
