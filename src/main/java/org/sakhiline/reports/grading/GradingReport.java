package org.sakhiline.reports.grading;

import java.util.List;
import java.util.Map;
import org.sakhiline.reports.ReportUnit;

/** The current grade card of every group in a subtree (groups never graded have none), and how many are A, B, C. */
public record GradingReport(ReportUnit root, List<GradeCard> cards, Map<String, Integer> groupsByGrade, List<String> definitions) {}
