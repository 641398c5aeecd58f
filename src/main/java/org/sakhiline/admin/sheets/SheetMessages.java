// Long on purpose: every English text of the meeting-sheet pages in one bundle, so the Hindi and Urdu files mirror one list.
package org.sakhiline.admin.sheets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The meeting-sheet pages' words (template namespace {@code bks}): English here, Hindi and Urdu in
 * {@code messages/bks_hi.properties} and {@code messages/bks_ur.properties}; Java reads them through {@link SheetWords#m()}.
 * A bundle of their own, apart from the other book pages' {@code bkp}: Quarkus 3.33 generates broken bytecode for a
 * bundle of more than 300 messages (its resolver is split in parts and fails verification at start).
 */
@MessageBundle(value = "bks", locale = "en")
public interface SheetMessages {

    @Message("Not started")
    String sh_status_none();

    @Message("Being entered")
    String sh_status_draft();

    @Message("Waiting for confirmation")
    String sh_status_submitted();

    @Message("Confirmed")
    String sh_status_confirmed();

    @Message("Not entered")
    String sh_att_none();

    @Message("Present")
    String sh_att_present();

    @Message("Absent")
    String sh_att_absent();

    @Message("On leave")
    String sh_att_leave();

    @Message("present")
    String sh_att_present_lower();

    @Message("absent")
    String sh_att_absent_lower();

    @Message("on leave")
    String sh_att_leave_lower();

    @Message("on her phone (USSD)")
    String sh_ch_ussd();

    @Message("by SMS")
    String sh_ch_sms();

    @Message("by phone call")
    String sh_ch_ivr();

    @Message("by the bookkeeper")
    String sh_ch_bookkeeper();

    @Message("through the API")
    String sh_ch_api();

    @Message("in the console")
    String sh_ch_console();

    @Message("by spreadsheet import")
    String sh_ch_import();

    @Message("at the meeting")
    String sh_ch_meeting();

    @Message("started the sheet")
    String sh_ev_opened();

    @Message("saved entries")
    String sh_ev_saved();

    @Message("entered a member's line")
    String sh_ev_line();

    @Message("entered the cash counted")
    String sh_ev_cash();

    @Message("submitted it for confirmation")
    String sh_ev_submitted();

    @Message("confirmed it")
    String sh_ev_confirmed();

    @Message("sent it back")
    String sh_ev_rejected();

    @Message("corrected a line")
    String sh_ev_corrected();

    @Message("said her receipt is wrong")
    String sh_ev_flagged();

    @Message("made a change")
    String sh_ev_other();

    @Message("{attendance}, savings {savings}, repaid {repaid}, fine {fine}")
    String sh_line_words(String attendance, String savings, String repaid, String fine);

    @Message("this form is incomplete; reload the sheet")
    String sh_err_incomplete_form();

    @Message("choose present, absent or on leave")
    String sh_err_attendance();

    @Message("nothing to correct: these are the amounts already recorded for her")
    String sh_err_nothing_to_correct();

    @Message("say why in {min} to {max} characters")
    String sh_err_reason(int min, int max);

    @Message("The sheet is started with each member's usual amounts. Change what differs, then Save.")
    String sh_done_started();

    @Message("Saved.")
    String sh_done_saved();

    @Message("Saved. {#if n == 1}1 member is{#else}{n} members are{/if} not entered yet.")
    String sh_done_saved_not_entered(int n);

    @Message("Submitted: it now waits for another person to confirm it.")
    String sh_done_submitted();

    @Message("Confirmed: every entry is posted to the books and each member is sent what was recorded for her.")
    String sh_done_confirmed();

    @Message("This sheet was already confirmed; nothing more was posted.")
    String sh_done_already();

    @Message("Sent back to be entered again, with your reason.")
    String sh_done_rejected();

    @Message("Corrected: her old entries are reversed, the new ones posted, and she is sent a new receipt.")
    String sh_done_corrected();

    @Message("{name} (no. {no}): {line}")
    String sh_unsaved_line(String name, String no, String line);

    @Message("Saved meanwhile: {line}")
    String sh_saved_meanwhile(String line);

    @Message("not counted yet")
    String sh_cash_not_counted();

    @Message("none: the cash matches")
    String sh_diff_none();

    @Message("+{amount} more cash than entered")
    String sh_diff_more(String amount);

    @Message("{amount} less cash than entered")
    String sh_diff_less(String amount);

    @Message("{present} present, {absent} absent{#if leave > 0}, {leave} on leave{/if}")
    String sh_attendance_summary(int present, int absent, int leave);

    @Message("cash not counted")
    String sh_list_cash_not_counted();

    @Message("cash matches")
    String sh_list_cash_matches();

    @Message("Scheduled")
    String sh_meeting_scheduled();

    @Message("Held")
    String sh_meeting_held();

    @Message("Cancelled")
    String sh_meeting_cancelled();

    @Message("Someone else saved this sheet after you opened it, so your entries were not saved. They are shown below as you typed them; lines marked \"Saved meanwhile\" show what the other person saved. Check them and press Save again.")
    String sh_ref_stale();

    @Message("This sheet is no longer being entered (it was submitted or confirmed meanwhile), so your entries were not saved. They are listed below so you can compare them with the sheet.")
    String sh_ref_not_draft();

    @Message("Some members are not entered yet: choose present, absent or on leave for every member before submitting. Your entries were saved.")
    String sh_ref_incomplete();

    @Message("You entered or submitted this sheet, so another person must confirm it or send it back.")
    String sh_ref_maker();

    @Message("This meeting has not happened yet: a sheet is entered on the day of the meeting or after it.")
    String sh_ref_future();

    @Message("This meeting was cancelled, so it has no sheet.")
    String sh_ref_cancelled();

    @Message("The books refused this.")
    String sh_ref_generic();

    @Message("{name} (no. {no}), {message}")
    String sh_ref_line(String name, String no, String message);

    @Message("Meeting sheets")
    String sh_title();

    @Message("Sheets of every group that need a person: waiting for someone to check and confirm them, or with a member who said her receipt is wrong.")
    String sh_lists_lead_all();

    @Message("Sheets of the groups in your part of the federation that need a person: waiting for someone to check and confirm them, or with a member who said her receipt is wrong.")
    String sh_lists_lead_mine();

    @Message("To enter a paper register, open the group and choose \"Meeting sheets\":")
    String sh_lists_how_to_enter();

    @Message("Groups")
    String sh_groups_link();

    @Message("Waiting for confirmation")
    String sh_waiting_heading();

    @Message("No sheet is waiting for confirmation.")
    String sh_waiting_empty();

    @Message("Flagged by a member")
    String sh_flagged_heading();

    @Message("No member has said her receipt is wrong.")
    String sh_flagged_empty();

    @Message("Group")
    String sh_th_group();

    @Message("Meeting")
    String sh_th_meeting();

    @Message("Status")
    String sh_th_status();

    @Message("Attendance")
    String sh_th_attendance();

    @Message("Collected")
    String sh_th_collected();

    @Message("Cash counted − collected")
    String sh_th_difference();

    @Message("Said wrong")
    String sh_th_flags();

    @Message("Last change")
    String sh_th_last_change();

    @Message("Open")
    String sh_th_open();

    @Message("{n} to check")
    String sh_flags_to_check(int n);

    @Message("none")
    String sh_none();

    @Message("Open the sheet")
    String sh_open_sheet();

    @Message("Meeting sheets of {code}")
    String sh_group_tab(String code);

    @Message("Meeting sheets of {name}")
    String sh_group_title(String name);

    @Message("Meetings of the last eight weeks, newest first (dates in the group's time zone, {zone}). A sheet can be started for a held or scheduled meeting of today or the last {days} days.")
    String sh_group_lead(String zone, int days);

    @Message("Meeting status")
    String sh_th_meeting_status();

    @Message("Sheet")
    String sh_th_sheet();

    @Message("Action")
    String sh_th_action();

    @Message("Meeting sheet")
    String sh_meeting_sheet();

    @Message("Start the meeting sheet")
    String sh_start_sheet();

    @Message("No sheet")
    String sh_no_sheet();

    @Message("No meeting in the last eight weeks.")
    String sh_no_meetings();

    @Message("Meeting of {date}, {code}")
    String sh_sheet_tab(String date, String code);

    @Message("Meeting of {date}")
    String sh_sheet_title(String date);

    @Message("{name} ({code}). Times are in the group's time zone, {zone}.")
    String sh_sheet_lead(String name, String code, String zone);

    @Message("What you typed (not saved):")
    String sh_typed_not_saved();

    @Message("Sent back to be entered again:")
    String sh_sent_back();

    @Message("Copy the paper register line by line: choose each member's attendance and type amounts in whole rupees. Usual amounts are filled in. Tab moves to the next box; Enter saves.")
    String sh_how_to_enter();

    @Message("Members' attendance and money at this meeting")
    String sh_table_caption();

    @Message("No.")
    String sh_th_no();

    @Message("Member")
    String sh_th_member();

    @Message("Savings (Rs)")
    String sh_th_savings_rs();

    @Message("Repayment (Rs)")
    String sh_th_repayment_rs();

    @Message("Fine (Rs)")
    String sh_th_fine_rs();

    @Message("Savings")
    String sh_th_savings();

    @Message("Repayment")
    String sh_th_repayment();

    @Message("Fine")
    String sh_th_fine();

    @Message("Correct")
    String sh_th_correct();

    @Message("she says it is wrong")
    String sh_says_wrong();

    @Message("Attendance of {name}")
    String sh_attendance_of(String name);

    @Message("Savings of {name}, rupees")
    String sh_savings_of(String name);

    @Message("Loan {ref}: due {due}, left {left}")
    String sh_loan_line(String ref, String due, String left);

    @Message("Repayment of loan {ref} by {name}, rupees")
    String sh_repayment_of(String ref, String name);

    @Message("No open loan")
    String sh_no_open_loan();

    @Message("Fine paid by {name}, rupees")
    String sh_fine_of(String name);

    @Message("Save")
    String sh_save();

    @Message("Save and submit for confirmation")
    String sh_save_submit();

    @Message("loan {ref}")
    String sh_loan_short(String ref);

    @Message("Correct…")
    String sh_correct_link();

    @Message("Check and confirm")
    String sh_check_heading();

    @Message("Compare every line with the paper register. Confirming posts each amount to the member's books and sends every member what was recorded for her.")
    String sh_check_text();

    @Message("Confirm and post to the books")
    String sh_confirm();

    @Message("Something is wrong: send it back…")
    String sh_send_back_summary();

    @Message("What must be put right?")
    String sh_send_back_label();

    @Message("e.g. Kamala's savings were Rs 200, not Rs 100")
    String sh_send_back_example();

    @Message("Send back")
    String sh_send_back();

    @Message("Members who said their receipt is wrong")
    String sh_flags_heading();

    @Message("corrected")
    String sh_flag_corrected();

    @Message("to check")
    String sh_flag_to_check();

    @Message("History")
    String sh_history();

    @Message("Who")
    String sh_th_who();

    @Message("What")
    String sh_th_what();

    @Message("How")
    String sh_th_how();

    @Message("When")
    String sh_th_when();

    @Message("Note")
    String sh_th_note();

    @Message("Nothing yet.")
    String sh_nothing_yet();

    @Message("Totals")
    String sh_totals();

    @Message("Not entered")
    String sh_not_entered();

    @Message("Repaid")
    String sh_repaid();

    @Message("Fines")
    String sh_fines();

    @Message("Cash counted (Rs)")
    String sh_cash_counted_rs();

    @Message("Cash counted")
    String sh_cash_counted();

    @Message("Count the cash at the end; needed to submit.")
    String sh_cash_hint();

    @Message("Correct {name}'s line")
    String sh_correct_tab(String name);

    @Message("Meeting of {date}, {name}. Recorded:")
    String sh_correction_lead(String date, String name);

    @Message("Type what should have been recorded. Her recorded entries are reversed (never erased), the corrected ones are posted, and she is sent what is now recorded for her.")
    String sh_correction_how();

    @Message("Attendance")
    String sh_attendance();

    @Message("Repayment of loan {ref} (Rs)")
    String sh_repayment_label(String ref);

    @Message("Why is the recorded line wrong?")
    String sh_why_wrong();

    @Message("e.g. she paid Rs 200, the register was misread")
    String sh_why_example();

    @Message("Correct and post")
    String sh_correct_post();

    @Message("Cancel")
    String sh_cancel();

    @Message("Only a confirmed sheet is corrected this way; while it is being entered, change the sheet itself.")
    String sh_only_confirmed();
}
