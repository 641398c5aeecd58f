package org.sakhiline.books.loans;

/** Period the service-charge rate is quoted for. */
public enum RatePeriod {
    MONTH, YEAR
}
