package org.sakhiline.books.org;

/** Country of an org unit (ISO 3166 alpha-2). */
public enum Country {
    IN, PK
}
