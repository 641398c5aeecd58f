// Long on purpose: one method per console text of the record pages (members, outbox, reminder rules, org units,
// staff, member PIN); Hindi and Urdu beside it in messages/rec_hi.properties and rec_ur.properties.
package org.sakhiline.admin.records;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the record pages, in templates as {@code {rec:key}}; English here, Hindi and Urdu in
 * {@code messages/rec_hi.properties} / {@code rec_ur.properties}. Words for enums come from ConsoleWords.
 */
@MessageBundle(value = "rec", locale = "en")
public interface RecordMessages {

    @Message("From")
    String w_from();

    @Message("To")
    String w_to();

    @Message("Show")
    String w_show();

    @Message("Save")
    String w_save();

    @Message("Edit")
    String w_edit();

    @Message("none")
    String w_none();

    @Message("Actions")
    String w_actions();

    @Message("Status")
    String w_status();

    @Message("Name")
    String w_name();

    @Message("No.")
    String w_no();

    @Message("Group")
    String w_group();

    @Message("Language")
    String w_language();

    @Message("Phones")
    String w_phones();

    @Message("Role")
    String w_role();

    @Message("Date")
    String w_date();

    @Message("Time")
    String w_time();

    @Message("Place")
    String w_place();

    @Message("Members")
    String w_members();

    @Message("Groups")
    String w_groups();

    @Message("Messages")
    String w_messages();

    @Message("{date} at {time}")
    String w_at(String date, String time);

    @Message("Pages")
    String pg_pages();

    @Message("← Previous")
    String pg_prev();

    @Message("Next →")
    String pg_next();

    @Message("Page {n}")
    String pg_page(int n);

    @Message("No SMS provider is configured: text messages wait and are not sent. Ask your administrator to set up the SMS gateway.")
    String out_banner_sms();

    @Message("No voice provider is configured: reminder calls wait and are not placed.")
    String out_banner_calls();

    @Message("SMS to India is routed, but {count} DLT problem(s) would make operators drop messages (README, DLT checklist):")
    String out_dlt(int count);

    @Message("All")
    String out_all();

    @Message("Channel")
    String out_channel();

    @Message("SMS and calls")
    String out_channel_any();

    @Message("SMS")
    String out_channel_sms();

    @Message("Calls")
    String out_channel_voice();

    @Message("Group or federation (code)")
    String out_group_code();

    @Message("No messages match.")
    String out_none();

    @Message("Messages {first}–{last} of {total}, newest first. Times are each group's own ({zone} here).")
    String out_shown(long first, long last, long total, String zone);

    @Message("To")
    String out_to();

    @Message("Message")
    String out_message();

    @Message("Created")
    String out_created();

    @Message("via {provider}")
    String out_via(String provider);

    @Message("{n} {#if n == 1}try{#else}tries{/if}")
    String out_tries(int n);

    @Message("sent {time}")
    String out_sent_at(String time);

    @Message("Send again")
    String out_send_again();

    @Message("Message {id}")
    String out_message_no(long id);

    @Message("Members on this phone")
    String out_on_phone();

    @Message("Text")
    String out_text();

    @Message("{segments} SMS part(s)")
    String out_parts(int segments);

    @Message("template {name}")
    String out_template(String name);

    @Message("Tries")
    String out_tries_label();

    @Message("next try {time}")
    String out_next_at(String time);

    @Message("Last error")
    String out_last_error();

    @Message("code {code}")
    String out_error_code(Integer code);

    @Message("Gateway")
    String out_gateway();

    @Message("Provider's reference")
    String out_provider();

    @Message("Sent")
    String out_sent();

    @Message("Updated")
    String out_updated();

    @Message("Duplicate check")
    String out_dedupe();

    @Message("Queued to be sent again.")
    String out_queued();

    @Message("Name, member number or phone")
    String ms_label();

    @Message("Name (any script), member no. or phone")
    String ms_placeholder();

    @Message("Search")
    String ms_search();

    @Message("No member matches.")
    String ms_none();

    @Message("No member matches “{q}”.")
    String ms_none_q(String q);

    @Message("Members {first}–{last} of {total}.")
    String ms_shown(long first, long last, long total);

    @Message("Members {first}–{last} of {total} matching “{q}”.")
    String ms_shown_q(long first, long last, long total, String q);

    @Message("Member no.")
    String mp_member_no();

    @Message("{no} in {code} ({name})")
    String mp_no_in(int no, String code, String name);

    @Message("PIN")
    String mp_pin();

    @Message("set")
    String mp_pin_set();

    @Message("not set yet")
    String mp_pin_unset();

    @Message("Reminders")
    String mp_reminders();

    @Message("Next meeting")
    String mp_next_meeting();

    @Message("Edit details")
    String mp_edit();

    @Message("Reset her PIN")
    String mp_reset_pin();

    @Message("Passbook: savings and loans for a period, printable")
    String mp_passbook();

    @Message("A phone identifies a handset, not a woman. Take a number off when its SIM is lost or passed on: it stops identifying her at once, and messages still waiting for her on it are cancelled.")
    String mp_phones_help();

    @Message("Take off")
    String mp_take_off();

    @Message("New phone with country code")
    String mp_new_phone();

    @Message("Add phone")
    String mp_add_phone();

    @Message("Mark her exited…")
    String mp_exit();

    @Message("Her books are kept. Her phones stop identifying her on USSD, SMS and calls, she gets no reminders, and her numbers may be given to someone else.")
    String mp_exit_help();

    @Message("Exited on (empty: today)")
    String mp_exited_on();

    @Message("Why (optional)")
    String mp_exit_why();

    @Message("e.g. moved to her husband's village")
    String mp_exit_why_ph();

    @Message("Mark exited")
    String mp_exit_confirm();

    @Message("Savings:")
    String mp_savings();

    @Message("Entries from")
    String mp_entries_from();

    @Message("Latest entries")
    String mp_latest();

    @Message("No savings entries yet.")
    String mp_no_entries();

    @Message("No savings entries between these dates.")
    String mp_no_entries_range();

    @Message("Entries {first}–{last} of {total}, newest first; dates are meeting days.")
    String mp_entries_shown(long first, long last, long total);

    @Message("Entries {first}–{last} of {total} in these dates, newest first; dates are meeting days.")
    String mp_entries_shown_range(long first, long last, long total);

    @Message("Entry")
    String mp_entry();

    @Message("Amount")
    String mp_amount();

    @Message("Balance after")
    String mp_balance_after();

    @Message("By")
    String mp_by();

    @Message("of entry {id}")
    String mp_reversal_of(long id);

    @Message("reversed by {id}")
    String mp_reversed_by(long id);

    @Message("Reverse…")
    String mp_reverse();

    @Message("Why is this entry wrong?")
    String mp_reverse_why();

    @Message("e.g. deposit entered twice at the meeting")
    String mp_reverse_ph();

    @Message("Reverse {amount}")
    String mp_reverse_amount(String amount);

    @Message("Loans")
    String mp_loans();

    @Message("Loan {id}: {principal} from {fund}")
    String mp_loan_title(long id, String principal, String fund);

    @Message("Disbursed {date}; {terms}.")
    String mp_disbursed(String date, String terms);

    @Message("To repay")
    String mp_to_repay();

    @Message("Paid")
    String mp_paid();

    @Message("Outstanding")
    String mp_outstanding();

    @Message("Overdue")
    String mp_overdue();

    @Message("Due date")
    String mp_due_date();

    @Message("Due")
    String mp_due();

    @Message("Unpaid")
    String mp_unpaid();

    @Message("State")
    String mp_state();

    @Message("No loans.")
    String mp_no_loans();

    @Message("paid")
    String mp_st_paid();

    @Message("overdue")
    String mp_st_overdue();

    @Message("due")
    String mp_st_due();

    @Message("part-paid")
    String mp_st_part();

    @Message("upcoming")
    String mp_st_upcoming();

    @Message("{count} {frequency} instalments, {method} charge {rate}% a {period}")
    String mp_terms(int count, String frequency, String method, String rate, String period);

    @Message("{days} days' grace")
    String mp_grace(int days);

    @Message("Stopped (she sent STOP or asked for no reminders)")
    String mp_rem_stopped();

    @Message("As her group's reminder rules say")
    String mp_rem_rules();

    @Message("None (she chose no reminders)")
    String mp_rem_none();

    @Message("By {channel}")
    String mp_rem_by(String channel);

    @Message("none scheduled")
    String mp_no_meeting();

    @Message("{date} at {time}, {place}")
    String mp_meeting_at(String date, String time, String place);

    @Message("Member enrolled.")
    String mp_done_created();

    @Message("Details saved.")
    String mp_done_edited();

    @Message("She is marked exited: her phones no longer identify her and she gets no reminders. Her books are kept.")
    String mp_done_exited();

    @Message("Phone added.")
    String mp_done_phone_added();

    @Message("Phone taken off: it no longer identifies her, and messages still waiting for her on it were cancelled.")
    String mp_done_phone_removed();

    @Message("Entry {id} has been reversed.")
    String mp_reversed(long id);

    @Message("Entry {id} was not reversed: {why}")
    String mp_not_reversed(long id, String why);

    @Message("She was not marked exited: {why}")
    String mp_not_exited(String why);

    @Message("The phone was not added: {why}")
    String mp_not_added(String why);

    @Message("The phone was not taken off: {why}")
    String mp_not_removed(String why);

    @Message("{name}, Roman letters")
    String lang_roman(String name);

    @Message("{name}, own script")
    String lang_native(String name);

    @Message("Edit {name}")
    String mf_edit_title(String name);

    @Message("New member of {group}")
    String mf_new_title(String group);

    @Message("Edit member")
    String mf_edit();

    @Message("Name (Latin letters)")
    String mf_name();

    @Message("Name in her own script")
    String mf_name_native();

    @Message("She reads")
    String mf_reads();

    @Message("her language's own script")
    String mf_native();

    @Message("Roman (Latin) letters: cheaper SMS")
    String mf_roman();

    @Message("Member number (empty: the group's next)")
    String mf_member_no();

    @Message("Joined on (empty: today)")
    String mf_joined();

    @Message("Phones, with country code (several: separate by commas)")
    String mf_phones();

    @Message("Enrol")
    String mf_enrol();

    @Message("Phones are added and taken off on her page.")
    String mf_phones_elsewhere();

    @Message("her page")
    String mf_her_page();

    @Message("Member")
    String role_member();

    @Message("Leader")
    String role_leader();

    @Message("Bookkeeper")
    String role_bookkeeper();

    @Message("PIN of {name}")
    String pin_title(String name);

    @Message("no. {no}, {code}")
    String pin_no(int no, String code);

    @Message("Lock")
    String pin_lock();

    @Message("held until staff release it")
    String pin_held();

    @Message("locked until {time}")
    String pin_locked_until(String time);

    @Message("not locked")
    String pin_not_locked();

    @Message("Locks in a row")
    String pin_locks();

    @Message("{n} (30 minutes, then 4 hours, then held)")
    String pin_locks_rule(int n);

    @Message("Wrong tries today")
    String pin_wrong();

    @Message("{n} of {budget}")
    String pin_wrong_of(int n, int budget);

    @Message("Release the lock")
    String pin_release_h();

    @Message("She keeps her PIN; the lock, the escalation and today's wrong tries are cleared. Do this when she knows her PIN and someone else guessed.")
    String pin_release_help();

    @Message("Reset the PIN")
    String pin_reset_h();

    @Message("Her PIN is removed. She sets a new one by dialling the USSD code, or on a call after keying a code sent by SMS to her phone. Nobody, staff included, ever learns her PIN.")
    String pin_reset_help();

    @Message("Reminder rules")
    String rr_title();

    @Message("Reminder rules for {code} and below")
    String rr_title_for(String code);

    @Message("A rule on a unit covers every group below it; a group's own rule wins over its VO's, a VO's over its federation's.")
    String rr_lead();

    @Message("All units")
    String rr_all_units();

    @Message("Unit")
    String rr_unit();

    @Message("from {code}")
    String rr_from(String code);

    @Message("Override")
    String rr_override();

    @Message("Add")
    String rr_add();

    @Message("Rules defined here")
    String rr_defined();

    @Message("No rules yet.")
    String rr_no_rules();

    @Message("Kind")
    String rr_kind();

    @Message("When")
    String rr_when();

    @Message("changed {time}")
    String rr_changed(String time);

    @Message("active")
    String rr_active();

    @Message("inactive")
    String rr_inactive();

    @Message("Deactivate")
    String rr_deactivate();

    @Message("Rule {id} saved.")
    String rr_saved(long id);

    @Message("Reminder rule {id}")
    String rr_rule_no(long id);

    @Message("New reminder rule")
    String rr_new();

    @Message("Org unit code")
    String rr_unit_code();

    @Message("Remind about")
    String rr_about();

    @Message("Days before the meeting or due date (overdue: days after it)")
    String rr_days();

    @Message("Send at (the group's local time)")
    String rr_send_at();

    @Message("By")
    String rr_by();

    @Message("Overdue reminders only")
    String rr_overdue_only();

    @Message("Repeat every (days)")
    String rr_repeat();

    @Message("At most (times)")
    String rr_max();

    @Message("Sending hours: reminders go out only between")
    String rr_hours();

    @Message("Until")
    String rr_until();

    @Message("Outside these hours are the quiet hours. A reminder whose send time falls in them is not dropped: it waits until the next “From” time, later the same morning or the next morning.")
    String rr_quiet_rule();

    @Message("With these times, a reminder set for {at} goes out at {out}.")
    String rr_q_on_time(String at, String out);

    @Message("With these times, a reminder set for {at} is in the quiet hours: it goes out at {out} the next morning.")
    String rr_q_next(String at, String out);

    @Message("With these times, a reminder set for {at} is in the quiet hours: it goes out at {out} the same day.")
    String rr_q_later(String at, String out);

    @Message("Active")
    String rr_active_check();

    @Message("{n} {#if n == 1}day{#else}days{/if} after the due date")
    String rr_d_after(int n);

    @Message("{n} {#if n == 1}day{#else}days{/if} before")
    String rr_d_before(int n);

    @Message("on the day")
    String rr_d_same();

    @Message("{when} at {at} by {channel}, only between {from} and {until}")
    String rr_describe(String when, String at, String channel, String from, String until);

    @Message("; every {every} days, up to {max} times")
    String rr_repeats(int every, int max);

    @Message("Federations and groups")
    String ou_title();

    @Message("No org units yet.")
    String ou_none();

    @Message("Every federation. Open one to see its village organisations and groups.")
    String ou_lead_admin();

    @Message("Your part of the federation.")
    String ou_lead_staff();

    @Message("New federation (CLF or LSO)")
    String ou_new_top();

    @Message("Code")
    String ou_code();

    @Message("Level")
    String ou_level();

    @Message("Size")
    String ou_size();

    @Message("{n} {#if n == 1}member{#else}members{/if}")
    String ou_size_members(long n);

    @Message("{n} {#if n == 1}unit{#else}units{/if} below")
    String ou_size_units(long n);

    @Message("Meets")
    String ou_meets();

    @Message("Formed")
    String ou_formed();

    @Message("Usual saving")
    String ou_usual_saving();

    @Message("Grade")
    String ou_grade();

    @Message("not graded")
    String ou_not_graded();

    @Message("Bank account")
    String ou_bank();

    @Message("Reminder rules for {code}")
    String ou_rules_for(String code);

    @Message("Add a unit below")
    String ou_add_below();

    @Message("Add staff")
    String ou_add_staff();

    @Message("SMS gateway")
    String ou_sms_gateway();

    @Message("Members' SMS under {code} go through {gateway}.")
    String ou_sms_via(String code, String gateway);

    @Message("Members' SMS under {code} go through the gateway above it or of their country.")
    String ou_sms_default(String code);

    @Message("Gateway")
    String ou_gateway();

    @Message("by country (or the unit above)")
    String ou_by_country();

    @Message("Below {code}")
    String ou_below(String code);

    @Message("Next meetings")
    String ou_next_meetings();

    @Message("Meeting sheets")
    String ou_sheets();

    @Message("enter or check what was recorded at this group's recent meetings")
    String ou_sheets_help();

    @Message("No meeting in the next weeks.")
    String ou_no_meeting();

    @Message("from schedule")
    String ou_from_schedule();

    @Message("Enrol a member")
    String ou_enrol();

    @Message("No members yet.")
    String ou_no_members();

    @Message("Staff")
    String ou_staff();

    @Message("Phone")
    String ou_phone();

    @Message("Weekly on {day}")
    String ou_weekly(String day);

    @Message("Monthly on week {week}, {day}")
    String ou_monthly_week(int week, String day);

    @Message("Monthly on day {day}")
    String ou_monthly_day(int day);

    @Message("{when} at {time} {zone}, {place}")
    String ou_schedule(String when, String time, String place, String zone);

    @Message("Edit {code}")
    String of_edit(String code);

    @Message("New {level} below {code}")
    String of_new_below(String level, String code);

    @Message("New federation")
    String of_new_top();

    @Message("up")
    String of_up();

    @Message("CLF (India)")
    String of_level_in();

    @Message("LSO (Pakistan)")
    String of_level_pk();

    @Message("Code (letters, digits, '-', '_'; cannot change later)")
    String of_code();

    @Message("Name in the local script")
    String of_name_local();

    @Message("District")
    String of_district();

    @Message("Block")
    String of_block();

    @Message("Village")
    String of_village();

    @Message("Meetings and defaults")
    String of_meetings();

    @Message("Formed on")
    String of_formed();

    @Message("weekly")
    String of_weekly();

    @Message("monthly")
    String of_monthly();

    @Message("Day of the week (1 Monday … 7 Sunday)")
    String of_dow();

    @Message("Monthly: which week (1–4; empty for a fixed day)")
    String of_wom();

    @Message("Monthly: day of the month (1–28)")
    String of_dom();

    @Message("Time zone")
    String of_zone();

    @Message("Usual language")
    String of_usual_lang();

    @Message("Usual saving per meeting (rupees)")
    String of_usual_saving();

    @Message("Create")
    String of_create();

    @Message("Edit {name}")
    String sf_edit(String name);

    @Message("New staff of {code}")
    String sf_new(String code);

    @Message("Bank mitras, community resource persons and administrators in the books: they act by SMS for the unit named here and everything below it. (Console sign-ins are under Users.)")
    String sf_help();

    @Message("Phone, with country code")
    String sf_phone();

    @Message("Bank mitra")
    String sf_mitra();

    @Message("Community resource person")
    String sf_crp();

    @Message("Administrator")
    String sf_admin();

    @Message("Acts for unit (code)")
    String sf_unit();

    @Message("active")
    String sf_active();

    @Message("inactive (may no longer act)")
    String sf_inactive();

    @Message("Add")
    String sf_add();

    @Message("Please correct the fields marked below.")
    String form_fix();

    @Message("Her PIN was removed: she sets a new one on USSD, or on a call with a code by SMS.")
    String pin_done_reset();

    @Message("Her PIN lock was released.")
    String pin_done_released();
}
