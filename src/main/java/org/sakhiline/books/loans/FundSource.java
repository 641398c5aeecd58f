package org.sakhiline.books.loans;

/** Who lent the money: the group's own funds, Revolving Fund, Community Investment Fund, a bank. */
public enum FundSource {
    SHG_OWN, REVOLVING_FUND, CIF, BANK
}
