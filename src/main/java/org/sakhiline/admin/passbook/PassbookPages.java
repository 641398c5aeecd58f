package org.sakhiline.admin.passbook;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sakhiline.access.AccessScope;
import org.sakhiline.admin.dashboard.BookTexts;
import org.sakhiline.admin.records.Paging;
import org.sakhiline.books.members.MemberDirectory;
import org.sakhiline.books.members.MemberSummary;
import org.sakhiline.books.members.ScriptVariant;
import org.sakhiline.books.org.Country;
import org.sakhiline.books.org.OrgUnitService;
import org.sakhiline.books.org.OrgUnitView;
import org.sakhiline.books.passbook.PassbookStatement;
import org.sakhiline.books.passbook.Passbooks;
import org.sakhiline.support.i18n.DateText;
import org.sakhiline.support.i18n.Languages;
import org.sakhiline.support.i18n.Money;

/**
 * A member's passbook in the console: her savings and loans for a period, in her language and script, paged,
 * printable. Staff open it from her page; the period defaults to the last three months up to today in her group's
 * zone, and is at most ten years long.
 */
@Path("/admin/members/{id}/passbook")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PassbookPages {

    static final int MAX_YEARS = 10;

    @CheckedTemplate(basePath = "admin/passbook")
    static class Templates {
        static native TemplateInstance passbook(PassbookView page, String zone);
    }

    private final AccessScope scope;
    private final MemberDirectory directory;
    private final OrgUnitService orgUnits;
    private final Passbooks passbooks;
    private final Clock clock;

    public PassbookPages(AccessScope scope, MemberDirectory directory, OrgUnitService orgUnits, Passbooks passbooks, Clock clock) {
        this.scope = scope;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.passbooks = passbooks;
        this.clock = clock;
    }

    @GET
    public TemplateInstance passbook(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("page") Integer page) {
        scope.requireMember(id);
        MemberSummary m = directory.member(id).orElseThrow(() -> new NotFoundException("member " + id));
        OrgUnitView shg = orgUnits.find(m.shgId()).orElseThrow();
        ZoneId zone = shg.shgProfile() == null ? ZoneId.of(shg.country() == Country.PK ? "Asia/Karachi" : "Asia/Kolkata")
                : ZoneId.of(shg.shgProfile().timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate defaultFrom = today.minusMonths(3).withDayOfMonth(1);
        String error = null;
        LocalDate start;
        LocalDate end;
        try {
            start = blank(from) ? defaultFrom : LocalDate.parse(from.strip());
            end = blank(to) ? today : LocalDate.parse(to.strip());
            if (end.isBefore(start)) {
                error = BookTexts.m().pb_err_order();
            } else if (start.plusYears(MAX_YEARS).isBefore(end)) {
                error = BookTexts.m().pb_err_years(MAX_YEARS);
            }
        } catch (DateTimeParseException e) {
            error = BookTexts.m().pb_err_format();
            start = defaultFrom;
            end = today;
        }
        if (error != null) {
            start = defaultFrom;
            end = today;
        }
        int p = Paging.clampPage(page);
        PassbookStatement s = passbooks.statement(id, start, end, p);
        return Templates.passbook(view(m, shg.country(), s, error), BookTexts.zoneName(zone));
    }

    static PassbookView view(MemberSummary m, Country country, PassbookStatement s, String error) {
        String lang = Languages.tag(m.language(), m.script() == ScriptVariant.ROMAN);
        Map<String, String> t = PassbookTexts.of(lang);
        Locale grouping = new Locale("en", country == null ? "IN" : country.name());
        List<PassbookView.EntryRow> entries = s.entries().stream().map(e -> new PassbookView.EntryRow(e.txnId(),
                DateText.fullDate(e.valueDate(), lang), t.getOrDefault("type_" + e.type(), e.type()),
                Money.format(e.amountPaise(), grouping), Money.format(e.balanceAfterPaise(), grouping), e.reversesTxnId() != null))
                .toList();
        List<PassbookView.LoanView> loans = s.loans().stream().map(l -> new PassbookView.LoanView(l.loanId(),
                t.getOrDefault("fund_" + l.fundSource(), l.fundSource()), Money.format(l.principalPaise(), grouping),
                DateText.fullDate(l.disbursalDate(), lang), Money.format(l.totalDuePaise(), grouping),
                Money.format(l.outstandingAtStartPaise(), grouping), Money.format(l.outstandingAtEndPaise(), grouping),
                l.instalments().stream().map(i -> new PassbookView.InstalmentRow(i.seq(), DateText.fullDate(i.dueDate(), lang),
                        Money.format(i.duePaise(), grouping), Money.format(i.paidByEndPaise(), grouping))).toList(),
                l.repayments().stream().map(r -> new PassbookView.RepaymentRow(DateText.fullDate(r.valueDate(), lang),
                        Money.format(r.amountPaise(), grouping))).toList())).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("from", s.from().toString());
        filters.put("to", s.to().toString());
        Paging paging = Paging.of("/admin/members/" + m.memberId() + "/passbook", filters, s.page(), s.pageSize(), s.entryCount());
        String shown = s.entryCount() == 0 ? "" : paging.firstShown() + "–" + paging.lastShown() + " / " + s.entryCount();
        return new PassbookView(m.memberId(), m.name(), m.nameNative(), lang, Languages.pakistani(lang) && !Languages.roman(lang),
                t, m.memberNo(), m.shgCode(), m.shgName(), s.from().toString(), s.to().toString(),
                DateText.fullDate(s.from(), lang), DateText.fullDate(s.to(), lang), Money.format(s.openingPaise(), grouping),
                Money.format(s.closingPaise(), grouping), Money.format(s.depositedPaise(), grouping),
                Money.format(s.withdrawnPaise(), grouping), Money.format(s.pageOpeningPaise(), grouping), entries, shown,
                paging.previousUrl(), paging.nextUrl(), loans, error);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
