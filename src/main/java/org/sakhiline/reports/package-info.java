/**
 * Reports over the books: demand–collection–balance, portfolio at risk, savings-group ratios and
 * Panchasutra grading, each for a subtree of the federation with a drill-down one level at a time
 * (federation → VO → SHG → member).
 *
 * <p>Reports read the ledger with plain (non-locking) SELECTs; they never write books tables, apart from
 * grading, which keeps its own history and the current grade on the group's profile. Callers (console,
 * API) check the reader's scope with {@code access.AccessScope} and pass the root unit in: this layer
 * sits just above books and below everything that serves people, so it cannot see who is asking.
 */
package org.sakhiline.reports;
