package org.sakhiline.reports.grading;

/** One sutra's score (0–100) with the reason in plain words, e.g. "10 of 12 meetings held". */
public record SutraScore(Sutra sutra, int score, String reason) {}
