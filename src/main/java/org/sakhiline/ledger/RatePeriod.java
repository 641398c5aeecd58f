package org.sakhiline.ledger;

/** Period the service-charge rate is quoted for. */
public enum RatePeriod {
    MONTH, YEAR
}
