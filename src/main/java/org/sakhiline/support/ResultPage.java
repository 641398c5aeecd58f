package org.sakhiline.support;

import java.util.List;

/** One page of a listing; {@code page} is 0-based. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {}
