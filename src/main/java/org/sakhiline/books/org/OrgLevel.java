package org.sakhiline.books.org;

/** Federation level of an org unit: CLF/VO/SHG in India, LSO/VO/CO for Pakistan's RSPs. */
public enum OrgLevel {
    CLF, VO, SHG, LSO, CO
}
