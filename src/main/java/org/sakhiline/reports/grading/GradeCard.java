package org.sakhiline.reports.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A group's Panchasutra grade on a date: the five scores with reasons, their average and the grade (A, B
 * or C by the configured thresholds), computed from its last N meetings on or before {@code asOf}.
 *
 * @param computedBy who asked: {@code system:grading} for the nightly run, {@code console:<user>} on demand
 */
public record GradeCard(long shgId, String shgCode, String shgName, LocalDate asOf, int meetingsConsidered,
                        List<SutraScore> scores, int total, String grade, Instant computedAt, String computedBy) {}
