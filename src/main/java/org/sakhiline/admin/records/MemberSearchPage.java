package org.sakhiline.admin.records;

import java.util.List;

/** The member search: what was asked, one page of results and the links to the next and previous pages. */
public record MemberSearchPage(String q, List<Row> rows, Paging paging) {

    public record Row(long id, int memberNo, String name, String nameNative, String nativeLang, boolean rtl,
                      long shgId, String shgCode, String shgName, String language, String status, List<String> phones) {}
}
