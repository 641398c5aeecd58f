package org.sakhiline.menu;

/** The result of one hop: the state to store for the next one and what to show or say now. */
public record Step(SessionState next, MenuOutput output) {}
