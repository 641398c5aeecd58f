// Long on purpose: every English text of the book pages (reports, dashboard, passbook, imports) in one bundle,
// so the Hindi and Urdu files mirror one list.
package org.sakhiline.admin.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The book pages' words (template namespace {@code bkp}): English here, Hindi and Urdu in
 * {@code messages/bkp_hi.properties} and {@code messages/bkp_ur.properties}. Java gets them through {@link BookTexts#m()}.
 * Keys are prefixed by page: {@code imp_} imports, {@code dash_} dashboard, {@code rep_} reports, {@code pb_} passbook,
 * {@code sh_} meeting sheets.
 */
@MessageBundle(value = "bkp", locale = "en")
public interface BookPageMessages {

    // ---- shared ---------------------------------------------------------------------------------------------

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Show")
    String show();

    @Message("Pages")
    String pages();

    // ---- imports ----------------------------------------------------------------------------------------------
    @Message("Import")
    String imp_tab();

    @Message("Import a federation's sheets")
    String imp_title();

    @Message("Load the org units first, then members, then savings balances and running loans. Each file is a CSV (UTF-8, "
            + "UTF-16 or Windows-1252, as Excel saves it) or an Excel file (its first sheet). Header names as in the template, "
            + "in any order; extra columns are ignored, and the template's second line of Hindi hints may stay in the file.")
    String imp_intro_order();

    @Message("\"Check only\" reads the whole file and lists every problem without writing anything; a file with any problem "
            + "imports nothing. Importing the same file again changes nothing.")
    String imp_intro_check();

    @Message("Org units (federations, VOs and SHGs)")
    String imp_kind_org_units();

    @Message("Members")
    String imp_kind_members();

    @Message("Savings balances")
    String imp_kind_savings_balances();

    @Message("Running loans")
    String imp_kind_loans();

    @Message("Another kind of file")
    String imp_kind_other();

    @Message("What the file holds")
    String imp_th_kind();

    @Message("Columns")
    String imp_th_columns();

    @Message("Template")
    String imp_th_template();

    @Message("Upload")
    String imp_upload();

    @Message("The file holds")
    String imp_file_holds();

    @Message("File (.csv or .xlsx)")
    String imp_file();

    @Message("Check only")
    String imp_check_only();

    @Message("Import")
    String imp_import();

    @Message("Recent imports")
    String imp_recent();

    @Message("When")
    String imp_th_when();

    @Message("Who")
    String imp_th_who();

    @Message("File")
    String imp_th_file();

    @Message("Result")
    String imp_th_status();

    @Message("Rows")
    String imp_th_rows();

    @Message("Created")
    String imp_th_created();

    @Message("Updated")
    String imp_th_updated();

    @Message("Unchanged")
    String imp_th_unchanged();

    @Message("Problems")
    String imp_th_problems();

    @Message("No import yet.")
    String imp_none_yet();

    @Message("Checking")
    String imp_status_checking();

    @Message("Writing")
    String imp_status_writing();

    @Message("Done")
    String imp_status_done();

    @Message("Refused: nothing imported")
    String imp_status_refused();

    @Message("Failed: nothing imported")
    String imp_status_failed();

    @Message("(check only)")
    String imp_check_suffix();

    @Message("Choose what the file holds.")
    String imp_err_kind();

    @Message("Choose a file to upload.")
    String imp_err_file();

    @Message("Back to imports")
    String imp_back();

    @Message("Import of {file} ({kind})")
    String imp_job_title(String file, String kind);

    @Message("Started {when} by {who}.")
    String imp_started(String when, String who);

    @Message("{status}: {rows} rows so far…")
    String imp_progress(String status, long rows);

    @Message("Checked {rows} rows: no problems. Importing would create {created}, update {updated} and leave {unchanged} unchanged.")
    String imp_checked_clean(long rows, long created, long updated, long unchanged);

    @Message("Imported {rows} rows: {created} created, {updated} updated, {unchanged} unchanged.")
    String imp_imported(long rows, long created, long updated, long unchanged);

    @Message("{#if problems == 1}1 problem{#else}{problems} problems{/if} in {rows} rows: nothing was imported. "
            + "Correct the rows below and upload the file again.")
    String imp_refused(long problems, long rows);

    @Message("Row")
    String imp_th_row();

    @Message("Column")
    String imp_th_column();

    @Message("Value")
    String imp_th_value();

    @Message("Problem")
    String imp_th_problem();

    @Message("Only the first {shown} problems are shown here; the API lists them all.")
    String imp_only_first(int shown);

    @Message("The import failed and wrote nothing. The error is in the service's log.")
    String imp_failed();

    // ---- dashboard --------------------------------------------------------------------------------------------
    @Message("{scope}: what needs attention and how the books are moving.")
    String dash_lead(String scope);

    @Message("As of")
    String dash_as_of();

    @Message("Needs attention")
    String dash_needs_attention();

    @Message("Nothing needs your attention: every group met lately, no VO's loans are slipping past the limit, and no message failed.")
    String dash_all_well();

    @Message("The {what} could not be checked just now. Reload the page to try again.")
    String dash_unchecked(String what);

    @Message("The numbers")
    String dash_the_numbers();

    @Message("The whole federation")
    String dash_whole_federation();

    @Message("{name} ({code}) and the groups under it")
    String dash_unit_and_below(String name, String code);

    @Message("things on this list")
    String dash_what_other();

    @Message("groups that stopped meeting")
    String dash_what_quiet();

    @Message("meeting sheets to confirm")
    String dash_what_sheets();

    @Message("failed messages")
    String dash_what_messages();

    @Message("SMS and call providers")
    String dash_what_provider();

    @Message("loans at risk by VO")
    String dash_what_par();

    @Message("{#if n == 1}1 week{#else}{n} weeks{/if}")
    String dash_weeks(int n);

    @Message("{#if n == 1}1 day{#else}{n} days{/if}")
    String dash_days(int n);

    @Message("{#if n == 1}1 group has{#else}{n} groups have{/if} held no meeting in {weeks}")
    String dash_quiet_item(long n, String weeks);

    @Message("Monthly groups are counted after {days} days.")
    String dash_quiet_detail(int days);

    @Message("{#if n == 1}See the group{#else}See the groups{/if}")
    String dash_see_quiet(long n);

    @Message("{#if n == 1}1 meeting sheet is{#else}{n}{#if many} or more{/if} meeting sheets are{/if} waiting for confirmation")
    String dash_sheets_waiting(int n, boolean many);

    @Message("Nothing on them is in the books until someone other than their maker confirms.")
    String dash_sheets_waiting_detail();

    @Message("Confirm them")
    String dash_confirm_them();

    @Message("{#if n == 1}1 confirmed sheet was{#else}{n}{#if many} or more{/if} confirmed sheets were{/if} flagged by a member as wrong")
    String dash_sheets_flagged(int n, boolean many);

    @Message("Check them")
    String dash_check_them();

    @Message("{#if n == 1}1 message failed{#else}{n} messages failed{/if} to send in the last {days} days")
    String dash_messages_failed(long n, int days);

    @Message("{#if n == 1}1 message{#else}{n} messages{/if} could not be delivered in the last {days} days")
    String dash_messages_undelivered(long n, int days);

    @Message("{#if n == 1}1 message was{#else}{n} messages were{/if} given up after every retry in the last {days} days")
    String dash_messages_dead(long n, int days);

    @Message("See the messages")
    String dash_see_messages();

    @Message("No SMS provider is configured: {#if n == 0}no SMS is waiting yet, but none would be sent{#else if n == 1}1 SMS is "
            + "waiting and will not be sent{#else}{n} SMS are waiting and will not be sent{/if} until one is.")
    String dash_no_sms_provider(long n);

    @Message("No call provider is configured: {#if n == 0}no call is waiting yet, but none would be placed{#else if n == 1}1 call "
            + "is waiting and will not be placed{#else}{n} calls are waiting and will not be placed{/if} until one is.")
    String dash_no_call_provider(long n);

    @Message("Reminders and receipts stay waiting in the outbox until then. Whoever runs the service sets the SMS gateway and "
            + "the call provider in its configuration.")
    String dash_no_provider_detail();

    @Message("See the waiting messages")
    String dash_see_waiting();

    @Message("{name} ({code}): {share} of loans outstanding are more than 30 days overdue")
    String dash_par_item(String name, String code, String share);

    @Message("{par} of {outstanding} in {#if loans == 1}1 loan{#else}{loans} loans{/if}; the limit is {limit}.")
    String dash_par_detail(String par, String outstanding, long loans, String limit);

    @Message("See the loans")
    String dash_see_loans();

    @Message("{#if above == 0}No VO is{#else if above == 1}1 VO is{#else}{above} VOs are{/if} above the limit of {limit}. "
            + "Highest: {name} at {share}.")
    String dash_par_chart_desc(long above, String limit, String name, String share);

    @Message("Share of loans more than 30 days overdue (PAR30), by VO")
    String dash_par_chart_title();

    @Message("PAR30")
    String dash_par_series();

    @Message("Limit {limit}")
    String dash_par_limit(String limit);

    @Message("Loans at risk by VO")
    String dash_par_heading();

    @Message("Outstanding principal of loans with an instalment more than 30 days overdue, as a share of all principal "
            + "outstanding, today. The {n} highest are shown.")
    String dash_par_note(int n);

    @Message("See the PAR report")
    String dash_see_par_report();

    @Message("VO")
    String dash_vo();

    @Message("Savings and loans")
    String dash_savings_heading();

    @Message("Balances at each month's end, by the entries' dates.")
    String dash_savings_note();

    @Message("See the groups")
    String dash_see_groups();

    @Message("Month")
    String dash_month();

    @Message("No months to show.")
    String dash_no_months();

    @Message("Savings at the end of {month}: {savings} ({firstSavings} at the end of {firstMonth}). Loan principal outstanding: "
            + "{loans} ({firstLoans}).")
    String dash_savings_desc(String month, String savings, String firstSavings, String firstMonth, String loans, String firstLoans);

    @Message("Savings and loans outstanding at each month's end")
    String dash_savings_chart_title();

    @Message("Savings")
    String dash_series_savings();

    @Message("Loans outstanding")
    String dash_series_loans();

    @Message("Messages")
    String dash_messages_heading();

    @Message("SMS and calls to members, by the week they were written (Monday to Sunday, {zone}). Failed includes undelivered "
            + "and given up.")
    String dash_messages_note(String zone);

    @Message("See failed messages")
    String dash_see_failed();

    @Message("Week from")
    String dash_week_from();

    @Message("Over the last {weeks} weeks {delivered} delivered and {failed} failed; this week so far {deliveredNow} delivered "
            + "and {failedNow} failed.")
    String dash_messages_desc(int weeks, String delivered, String failed, String deliveredNow, String failedNow);

    @Message("Messages delivered and failed each week")
    String dash_messages_chart_title();

    @Message("Delivered")
    String dash_series_delivered();

    @Message("Failed")
    String dash_series_failed();

    @Message("Groups that stopped meeting")
    String dash_quiet_title();

    @Message("Dashboard")
    String dash_crumb();

    @Message("Every group has met lately.")
    String dash_quiet_none();

    @Message("{#if n == 1}1 group.{#else}{n} groups.{/if}")
    String dash_quiet_count(long n);

    @Message("In {vo}; ")
    String dash_in_vo(String vo);

    @Message("meets monthly")
    String dash_meets_monthly();

    @Message("meets weekly")
    String dash_meets_weekly();

    @Message("no meeting held yet")
    String dash_never_held();

    @Message("last meeting held {date}")
    String dash_last_held(String date);

    @Message("Groups with no meeting marked held in the last {weekly} days ({monthly} days for groups that meet monthly), as of "
            + "{today} {zone}. Groups formed since then are not listed.")
    String dash_quiet_intro(int weekly, int monthly, String today, String zone);

    // ---- reports ----------------------------------------------------------------------------------------------
    @Message("Reports")
    String rep_tab();

    @Message("Figures for {root}, counted from the books. Open a report, then follow a name to go one level down: federation, "
            + "village organisation, group, member.")
    String rep_index_lead(String root);

    @Message("Demand, collection and balance")
    String rep_dcb_title();

    @Message("what fell due this month, what was paid, what is left.")
    String rep_dcb_about();

    @Message("Loans at risk")
    String rep_par_title();

    @Message("loans with an instalment more than 30, 60 or 90 days late.")
    String rep_par_about();

    @Message("Group health figures")
    String rep_ratios_title();

    @Message("members, attendance, savings, loans, repayment, drop-outs.")
    String rep_ratios_about();

    @Message("Panchasutra grades")
    String rep_grades_title();

    @Message("each group's five marks and its grade A, B or C.")
    String rep_grades_about();

    @Message("Up one level")
    String rep_up();

    @Message("Download:")
    String rep_download();

    @Message("Spreadsheet (.csv)")
    String rep_csv();

    @Message("Excel (.xlsx)")
    String rep_xlsx();

    @Message("Nothing to show for this choice.")
    String rep_nothing();

    @Message("How these figures are counted")
    String rep_how_counted();

    @Message("Worked out {when}.")
    String rep_worked_out(String when);

    @Message("Total")
    String rep_total();

    @Message("By fund source")
    String rep_by_fund();

    @Message("Fund source")
    String rep_fund_source();

    @Message("Where")
    String rep_where();

    @Message("Below {unit}")
    String rep_below(String unit);

    @Message("On")
    String rep_on();

    @Message("From")
    String rep_from();

    @Message("To")
    String rep_to();

    @Message("India Standard Time (IST)")
    String rep_zone_india();

    @Message("Pakistan Standard Time (PKT)")
    String rep_zone_pakistan();

    @Message("cluster federation")
    String rep_level_clf();

    @Message("local support organisation")
    String rep_level_lso();

    @Message("village organisation")
    String rep_level_vo();

    @Message("self help group")
    String rep_level_shg();

    @Message("community organisation")
    String rep_level_co();

    @Message("member no. {no}")
    String rep_member_no(String no);

    @Message("all groups you can see")
    String rep_all_groups_lower();

    @Message("All groups you can see")
    String rep_all_groups();

    @Message("Group's own funds")
    String rep_fund_own();

    @Message("Revolving Fund")
    String rep_fund_rf();

    @Message("Community Investment Fund")
    String rep_fund_cif();

    @Message("Bank loan")
    String rep_fund_bank();

    @Message("{unit} on {date}. Dates in {zone}.")
    String rep_par_subtitle(String unit, String date, String zone);

    @Message("{unit}, {from} to {to}. Dates in {zone}.")
    String rep_period_subtitle(String unit, String from, String to, String zone);

    @Message("Loans")
    String rep_par_loans();

    @Message("Outstanding")
    String rep_par_outstanding();

    @Message("Over 30 days late")
    String rep_par_30();

    @Message("Over 60 days")
    String rep_par_60();

    @Message("Over 90 days")
    String rep_par_90();

    @Message("Overdue now")
    String rep_par_overdue();

    @Message("{name} (no. {no}, {group})")
    String rep_borrower(String name, String no, String group);

    @Message("{fund}, lent {date}")
    String rep_lent_on(String fund, String date);

    @Message("Loans more than 30 days late")
    String rep_loans_late_caption();

    @Message("Borrower")
    String rep_th_borrower();

    @Message("Days late")
    String rep_th_days_late();

    @Message("Unpaid since")
    String rep_th_unpaid_since();

    @Message("Overdue")
    String rep_th_overdue();

    @Message("Late from before")
    String rep_dcb_arrears();

    @Message("Falling due")
    String rep_dcb_due();

    @Message("Demand")
    String rep_dcb_demand();

    @Message("Collected")
    String rep_dcb_collected();

    @Message("Paid ahead")
    String rep_dcb_ahead();

    @Message("Balance")
    String rep_dcb_balance();

    @Message("Overdue at end")
    String rep_dcb_overdue_end();

    @Message("Collection rate")
    String rep_dcb_rate();

    @Message("Members")
    String rep_rat_members();

    @Message("Attendance")
    String rep_rat_attendance();

    @Message("Savings per member")
    String rep_rat_savings();

    @Message("Loans out per member")
    String rep_rat_loans();

    @Message("Savings lent out")
    String rep_rat_lent();

    @Message("Repayment rate")
    String rep_rat_repayment();

    @Message("Drop-outs")
    String rep_rat_dropouts();

    @Message("{unit}. Groups by grade: A: {a}, B: {b}, C: {c}.")
    String rep_grades_subtitle(String unit, Integer a, Integer b, Integer c);

    @Message("Latest grade of each group")
    String rep_grades_caption();

    @Message("Group")
    String rep_th_group();

    @Message("Grade")
    String rep_th_grade();

    @Message("Score")
    String rep_th_score();

    @Message("Meetings")
    String rep_sutra_meetings();

    @Message("Savings")
    String rep_sutra_savings();

    @Message("Inter-loaning")
    String rep_sutra_lending();

    @Message("Repayment")
    String rep_sutra_repayment();

    @Message("Books")
    String rep_sutra_books();

    @Message("Graded on")
    String rep_th_graded_on();

    @Message("Grade history")
    String rep_history_title();

    @Message("{unit}. Newest first. Dates in {zone}.")
    String rep_history_subtitle(String unit, String zone);

    @Message("Every grading")
    String rep_history_caption();

    @Message("Regular meetings")
    String rep_sutra_meetings_long();

    @Message("Regular savings")
    String rep_sutra_savings_long();

    @Message("Regular inter-loaning")
    String rep_sutra_lending_long();

    @Message("Timely repayment")
    String rep_sutra_repayment_long();

    @Message("Up-to-date books")
    String rep_sutra_books_long();

    @Message("By")
    String rep_th_by();

    @Message("nightly grading")
    String rep_graded_nightly();

    @Message("asked by {who}")
    String rep_graded_asked(String who);

    @Message("{n} meetings considered")
    String rep_meetings_considered(int n);

    @Message("Grade this group now")
    String rep_regrade();

    /** The PAR report's definitions, " || " between them: the same lines as ParReport.DEFINITIONS. */
    @Message(BookDefinitions.PAR)
    String rep_defs_par();

    @Message(BookDefinitions.DCB)
    String rep_defs_dcb();

    @Message(BookDefinitions.RATIOS)
    String rep_defs_ratios();

    @Message(BookDefinitions.GRADING)
    String rep_defs_grading();

    // ---- passbook (the console around it; the passbook itself is in her language, PassbookTexts) ---------------
    @Message("{name}: passbook")
    String pb_tab(String name);

    @Message("Members")
    String pb_crumb_members();

    @Message("From")
    String pb_from();

    @Message("To")
    String pb_to();

    @Message("Print")
    String pb_print();

    @Message("Dates are the group's own calendar days ({zone}). The passbook below is in her language.")
    String pb_zone_note(String zone);

    @Message("The period ends before it starts; showing the last three months instead.")
    String pb_err_order();

    @Message("A passbook covers at most {years} years; showing the last three months instead.")
    String pb_err_years(int years);

    @Message("Dates are written like 2026-04-01; showing the last three months instead.")
    String pb_err_format();

}
