package org.sakhiline.books.imports;

import java.util.List;
import java.util.Optional;

/**
 * The four files a federation brings, with exactly these header names (case-insensitive, any order,
 * extra columns ignored). {@code hints} is the optional second header line in Hindi of the templates.
 */
public enum ImportKind {
    ORG_UNITS("org-units", List.of("code", "name", "native_name", "level", "parent_code", "country", "district", "time_zone"),
            List.of("code", "name", "level", "country"),
            List.of("कोड", "नाम", "अपनी लिपि में नाम", "स्तर (CLF, VO, SHG)", "ऊपर की इकाई का कोड", "देश (IN, PK)", "ज़िला", "समय क्षेत्र")),
    MEMBERS("members", List.of("shg_code", "member_no", "name", "native_name", "phones", "language", "role", "joined_on", "status"),
            List.of("shg_code", "member_no", "name"),
            List.of("समूह कोड", "सदस्य संख्या", "नाम", "अपनी लिपि में नाम", "फ़ोन (; से अलग)", "भाषा", "भूमिका", "जुड़ने की तारीख", "स्थिति")),
    SAVINGS_BALANCES("savings-balances", List.of("shg_code", "member_no", "as_of", "balance_rupees"),
            List.of("shg_code", "member_no", "as_of", "balance_rupees"),
            List.of("समूह कोड", "सदस्य संख्या", "किस तारीख तक", "बचत शेष (रुपये)")),
    LOANS("loans", List.of("shg_code", "member_no", "loan_ref", "source", "principal_rupees", "charge_method",
            "annual_rate_percent", "frequency", "instalments", "disbursed_on", "outstanding_principal_rupees", "as_of"),
            List.of("shg_code", "member_no", "loan_ref", "source", "principal_rupees", "charge_method", "annual_rate_percent",
                    "frequency", "instalments", "disbursed_on", "outstanding_principal_rupees", "as_of"),
            List.of("समूह कोड", "सदस्य संख्या", "ऋण संदर्भ", "स्रोत", "मूलधन (रुपये)", "सेवा शुल्क विधि", "वार्षिक दर %",
                    "किस्त अवधि", "किस्तें", "वितरण तिथि", "बकाया मूलधन (रुपये)", "किस तारीख तक"));

    public final String slug;
    public final List<String> columns;
    public final List<String> required;
    public final List<String> hints;

    ImportKind(String slug, List<String> columns, List<String> required, List<String> hints) {
        this.slug = slug;
        this.columns = columns;
        this.required = required;
        this.hints = hints;
    }

    public static Optional<ImportKind> bySlug(String slug) {
        for (ImportKind k : values()) {
            if (k.slug.equals(slug)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
