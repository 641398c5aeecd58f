package org.sakhiline.books.org;

import java.time.Instant;

/** An org unit with its group profile (null above group level) and the version an edit names. */
public record OrgUnitView(long id, Long parentId, OrgLevel level, Country country, String code, String name,
                          String nameLocal, String district, String block, String village, Instant createdAt,
                          ShgProfileData shgProfile, long version) {}
