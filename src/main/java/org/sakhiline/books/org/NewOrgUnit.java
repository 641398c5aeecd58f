package org.sakhiline.books.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An org unit to create; groups (SHG/CO) need a {@code shgProfile}, other levels must not have one. */
public record NewOrgUnit(
        Long parentId,
        @NotNull OrgLevel level,
        @NotNull Country country,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be letters, digits, '-' or '_'") String code,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 200) String nameLocal,
        @Size(max = 100) String district,
        @Size(max = 100) String block,
        @Size(max = 100) String village,
        @Valid ShgProfileData shgProfile) {}
