// Long on purpose: one method per console text in English (a Qute message bundle); Hindi and Urdu are in
// src/main/resources/messages/msg_hi.properties and msg_ur.properties.
package org.sakhiline.admin.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's shared texts ({@code {msg:key}} in templates): layout, sign-in, settings, error pages, actors and the
 * words for every enum a console page shows (keys {@code enum_<Type>_<NAME>}, read through
 * {@link ConsoleWords#enumWord}). English here; every key also in {@code messages/msg_hi.properties} and
 * {@code msg_ur.properties} (ConsoleBundlesTest fails otherwise).
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {

    @Message("SakhiLine console")
    String console_name();

    @Message("Skip to the page")
    String skip_to_content();

    @Message("Console")
    String nav_label();

    @Message("Start page")
    String nav_home();

    @Message("Menus")
    String nav_menus();

    @Message("Simulator")
    String nav_simulator();

    @Message("Groups")
    String nav_groups();

    @Message("Meeting sheets")
    String nav_sheets();

    @Message("Reports")
    String nav_reports();

    @Message("Members")
    String nav_members();

    @Message("Import")
    String nav_import();

    @Message("Messages")
    String nav_messages();

    @Message("Reminders")
    String nav_reminders();

    @Message("Audit log")
    String nav_audit();

    @Message("Users")
    String nav_users();

    @Message("Settings")
    String nav_settings();

    @Message("Sign out")
    String sign_out();

    @Message("Sign in")
    String login_title();

    @Message("Username")
    String login_username();

    @Message("Password")
    String login_password();

    @Message("Sign in")
    String login_submit();

    @Message("That username and password do not match. Try again.")
    String login_failed();

    @Message("You have signed out.")
    String login_signed_out();

    @Message("Settings")
    String settings_title();

    @Message("Console language")
    String settings_language();

    @Message("The console's pages, buttons and messages appear in this language. Members' SMS and phone menus keep their own languages.")
    String settings_language_hint();

    @Message("Save")
    String settings_save();

    @Message("Saved.")
    String settings_saved();

    @Message("Signed in as {name} ({role})")
    String settings_signed_in_as(String name, String role);

    @Message("You cannot open this page")
    String error_403_title();

    @Message("It belongs to a part of the federation or a task that your account does not cover. If you need it, ask a console administrator.")
    String error_403_text();

    @Message("Page not found")
    String error_404_title();

    @Message("There is nothing at this address. The link may be old, or the record may have been removed.")
    String error_404_text();

    @Message("Something went wrong")
    String error_500_title();

    @Message("The console could not finish this. Try again; if it keeps happening, give your administrator this reference: {ref}")
    String error_500_text(String ref);

    @Message("The records could not be reached just now")
    String error_db_title();

    @Message("This usually passes within a few seconds. Wait a moment and press Retry.")
    String error_db_text();

    @Message("Retry")
    String error_retry();

    @Message("Back to the start page")
    String error_home();

    @Message("Go back")
    String error_back();

    @Message("This form has expired")
    String error_csrf_title();

    @Message("It was open too long, or it did not come from this console. Go back, reload the page and try again.")
    String error_csrf_text();

    @Message("{name} ({role})")
    String actor_person(String name, String role);

    @Message("Import by {name}")
    String actor_import(String name);

    @Message("the system ({job})")
    String actor_system(String job);

    @Message("a member no longer on record")
    String actor_gone_member();

    @Message("a staff member no longer on record")
    String actor_gone_staff();

    @Message("someone")
    String actor_someone();

    @Message("nightly grading")
    String job_grading();

    @Message("reminders")
    String job_reminders();

    @Message("automatic task")
    String job_other();

    @Message("{who} by USSD")
    String actor_via_USSD(String who);

    @Message("{who} by SMS")
    String actor_via_SMS(String who);

    @Message("{who} by phone call")
    String actor_via_IVR(String who);

    @Message("{who} on the bookkeeper's menu")
    String actor_via_BOOKKEEPER(String who);

    @Message("{who} through the API")
    String actor_via_API(String who);

    @Message("{who} in the console")
    String actor_via_CONSOLE(String who);

    @Message("{who} by import")
    String actor_via_IMPORT(String who);

    @Message("{who} at the meeting")
    String actor_via_MEETING(String who);

    @Message("{n} entry")
    String count_entries_one(long n);

    @Message("{n} entries")
    String count_entries_other(long n);

    @Message("USSD")
    String enum_Channel_USSD();

    @Message("SMS")
    String enum_Channel_SMS();

    @Message("phone call (IVR)")
    String enum_Channel_IVR();

    @Message("bookkeeper's menu")
    String enum_Channel_BOOKKEEPER();

    @Message("API")
    String enum_Channel_API();

    @Message("console")
    String enum_Channel_CONSOLE();

    @Message("import")
    String enum_Channel_IMPORT();

    @Message("meeting sheet")
    String enum_Channel_MEETING();

    @Message("member")
    String enum_MemberRole_MEMBER();

    @Message("leader")
    String enum_MemberRole_LEADER();

    @Message("bookkeeper")
    String enum_MemberRole_BOOKKEEPER();

    @Message("active")
    String enum_MemberStatus_ACTIVE();

    @Message("inactive")
    String enum_MemberStatus_INACTIVE();

    @Message("left the group")
    String enum_MemberStatus_EXITED();

    @Message("running")
    String enum_LoanStatus_ACTIVE();

    @Message("closed")
    String enum_LoanStatus_CLOSED();

    @Message("savings deposit")
    String enum_SavingsTxnType_DEPOSIT();

    @Message("withdrawal")
    String enum_SavingsTxnType_WITHDRAWAL();

    @Message("reversal")
    String enum_SavingsTxnType_REVERSAL();

    @Message("opening balance")
    String enum_SavingsTxnType_OPENING_BALANCE();

    @Message("waiting to send")
    String enum_OutboxStatus_PENDING();

    @Message("sending")
    String enum_OutboxStatus_SENDING();

    @Message("sent")
    String enum_OutboxStatus_SENT();

    @Message("delivered")
    String enum_OutboxStatus_DELIVERED();

    @Message("not delivered")
    String enum_OutboxStatus_UNDELIVERED();

    @Message("failed")
    String enum_OutboxStatus_FAILED();

    @Message("given up")
    String enum_OutboxStatus_DEAD();

    @Message("cancelled")
    String enum_OutboxStatus_CANCELLED();

    @Message("SMS")
    String enum_OutboxChannel_SMS();

    @Message("voice call")
    String enum_OutboxChannel_VOICE();

    @Message("meeting")
    String enum_ReminderKind_MEETING();

    @Message("instalment due")
    String enum_ReminderKind_INSTALMENT_DUE();

    @Message("overdue loan")
    String enum_ReminderKind_LOAN_OVERDUE();

    @Message("SMS")
    String enum_ReminderChannel_SMS();

    @Message("voice call")
    String enum_ReminderChannel_VOICE();

    @Message("SMS and voice call")
    String enum_ReminderChannel_BOTH();

    @Message("no reminder")
    String enum_ReminderChannel_NONE();

    @Message("draft")
    String enum_SheetStatus_DRAFT();

    @Message("waiting for a check")
    String enum_SheetStatus_SUBMITTED();

    @Message("confirmed")
    String enum_SheetStatus_CONFIRMED();

    @Message("administrator")
    String enum_ConsoleRole_ADMIN();

    @Message("staff")
    String enum_ConsoleRole_STAFF();

    @Message("Bank Mitra")
    String enum_StaffRole_BANK_MITRA();

    @Message("CRP")
    String enum_StaffRole_CRP();

    @Message("administrator")
    String enum_StaffRole_ADMINISTRATOR();

    @Message("active")
    String enum_StaffStatus_ACTIVE();

    @Message("inactive")
    String enum_StaffStatus_INACTIVE();

    @Message("CLF")
    String enum_OrgLevel_CLF();

    @Message("VO")
    String enum_OrgLevel_VO();

    @Message("SHG")
    String enum_OrgLevel_SHG();

    @Message("LSO")
    String enum_OrgLevel_LSO();

    @Message("CO")
    String enum_OrgLevel_CO();

    @Message("India")
    String enum_Country_IN();

    @Message("Pakistan")
    String enum_Country_PK();

    @Message("planned")
    String enum_MeetingStatus_SCHEDULED();

    @Message("held")
    String enum_MeetingStatus_HELD();

    @Message("cancelled")
    String enum_MeetingStatus_CANCELLED();

    @Message("present")
    String enum_Attendance_PRESENT();

    @Message("absent")
    String enum_Attendance_ABSENT();

    @Message("on leave")
    String enum_Attendance_LEAVE();

    @Message("weekly")
    String enum_MeetingFrequency_WEEKLY();

    @Message("monthly")
    String enum_MeetingFrequency_MONTHLY();

    @Message("weekly")
    String enum_LoanFrequency_WEEKLY();

    @Message("every two weeks")
    String enum_LoanFrequency_FORTNIGHTLY();

    @Message("monthly")
    String enum_LoanFrequency_MONTHLY();

    @Message("group's own funds")
    String enum_FundSource_SHG_OWN();

    @Message("Revolving Fund (RF)")
    String enum_FundSource_REVOLVING_FUND();

    @Message("Community Investment Fund (CIF)")
    String enum_FundSource_CIF();

    @Message("bank loan")
    String enum_FundSource_BANK();

    @Message("flat, on the amount lent")
    String enum_ChargeMethod_FLAT();

    @Message("declining, on what is still owed")
    String enum_ChargeMethod_DECLINING();

    @Message("a month")
    String enum_RatePeriod_MONTH();

    @Message("a year")
    String enum_RatePeriod_YEAR();

    @Message("checking")
    String enum_ImportStatus_CHECKING();

    @Message("saving")
    String enum_ImportStatus_WRITING();

    @Message("done")
    String enum_ImportStatus_DONE();

    @Message("refused")
    String enum_ImportStatus_REFUSED();

    @Message("failed")
    String enum_ImportStatus_FAILED();

    @Message("Start page")
    String home_title();

    @Message("Namaste, {name}")
    String home_greeting(String name);

    @Message("Everything in the console")
    String home_everything();

    @Message("What you can do here")
    String home_everything_staff();

    @Message("Edit, check and publish what members hear and read")
    String tile_menus_admin();

    @Message("Read what members hear and read, screen by screen, and what changed between versions")
    String tile_menus_staff();

    @Message("Dial, text or call as a member and see exactly what she gets")
    String tile_simulator();

    @Message("Federations, village organisations and SHGs")
    String tile_groups();

    @Message("Enter a paper register; check, confirm and correct what was recorded at meetings")
    String tile_sheets();

    @Message("Find a member by name, number or phone; her savings, loans and passbook")
    String tile_members();

    @Message("SMS and calls waiting, sent, delivered or failed")
    String tile_messages();

    @Message("When members are reminded of meetings and dues")
    String tile_reminders();

    @Message("Every change: who, when, before and after")
    String tile_audit();

    @Message("Who may sign in to the console, and as what")
    String tile_users();

    @Message("The language the console speaks to you")
    String tile_settings();

    @Message("Audit log")
    String audit_title();

    @Message("Who (username or reference)")
    String audit_filter_who();

    @Message("Action")
    String audit_filter_action();

    @Message("Record type")
    String audit_filter_type();

    @Message("Record number")
    String audit_filter_id();

    @Message("Filter")
    String audit_filter();

    @Message("Nothing recorded matches.")
    String audit_none();

    @Message("Nothing recorded in your part of the federation matches.")
    String audit_none_staff();

    @Message("Entries {first}–{last} of {total}, newest first.")
    String audit_showing(long first, long last, long total);

    @Message("by {who}")
    String audit_by(String who);

    @Message("reference {ref}")
    String audit_ref(String ref);

    @Message("Before and after")
    String audit_before_after();

    @Message("What")
    String audit_field();

    @Message("Before")
    String audit_before();

    @Message("After")
    String audit_after();

    @Message("(nothing)")
    String audit_empty();

    @Message("yes")
    String audit_yes();

    @Message("no")
    String audit_no();

    @Message("Reversed savings entry {no} of {amount} for {member}")
    String audit_savings_reverse(String no, String amount, String member);

    @Message("Reversed savings entry {no}")
    String audit_savings_reverse_plain(String no);

    @Message("{action}: {member}")
    String audit_member_change(String action, String member);

    @Message("Added a member")
    String audit_did_member_create();

    @Message("Changed a member's details")
    String audit_did_member_update();

    @Message("Reset a member's PIN")
    String audit_did_member_pinReset();

    @Message("Unlocked a member's PIN")
    String audit_did_member_pinRelease();

    @Message("Imported members")
    String audit_did_member_import();

    @Message("Added a group")
    String audit_did_orgUnit_create();

    @Message("Changed a group's details")
    String audit_did_orgUnit_update();

    @Message("Changed a group's SMS gateway")
    String audit_did_orgUnit_smsGateway();

    @Message("Imported groups")
    String audit_did_orgUnit_import();

    @Message("Imported running loans")
    String audit_did_loan_import();

    @Message("Added a staff member")
    String audit_did_staff_create();

    @Message("Changed a staff member's details")
    String audit_did_staff_update();

    @Message("Added a reminder rule")
    String audit_did_reminderRule_create();

    @Message("Changed a reminder rule")
    String audit_did_reminderRule_update();

    @Message("Switched off a reminder rule")
    String audit_did_reminderRule_deactivate();

    @Message("Sent a message again")
    String audit_did_outbox_retry();

    @Message("Published a menu")
    String audit_did_flow_publish();

    @Message("Rolled a menu back to an earlier version")
    String audit_did_flow_rollback();

    @Message("Started a menu draft")
    String audit_did_flow_draft_start();

    @Message("Saved a menu draft")
    String audit_did_flow_draft_save();

    @Message("Discarded a menu draft")
    String audit_did_flow_draft_discard();

    @Message("Added a console user")
    String audit_did_consoleUser_create();

    @Message("Reset a console user's password")
    String audit_did_consoleUser_resetPassword();

    @Message("Locked a console user out")
    String audit_did_consoleUser_disable();

    @Message("Let a console user sign in again")
    String audit_did_consoleUser_enable();

    @Message("Changed the console language")
    String audit_did_consoleUser_language();

    @Message("Changed a record ({thing})")
    String audit_did_other(String thing);

    @Message("Console users")
    String users_title();

    @Message("Username")
    String users_col_username();

    @Message("Name")
    String users_col_name();

    @Message("Role")
    String users_col_role();

    @Message("Part of the federation")
    String users_col_unit();

    @Message("Added")
    String users_col_created();

    @Message("Status")
    String users_col_status();

    @Message("New password")
    String users_col_password();

    @Message("disabled")
    String users_disabled();

    @Message("active")
    String users_active();

    @Message("Enable")
    String users_enable();

    @Message("Disable")
    String users_disable();

    @Message("Reset")
    String users_reset();

    @Message("New password for {username}")
    String users_password_for(String username);

    @Message("Add a user")
    String users_add();

    @Message("Org unit code (staff only: she sees this unit and everything below it)")
    String users_unit_code();

    @Message("Password (12 characters or more)")
    String users_password_rule();

    @Message("Create")
    String users_create();

    @Message("the whole federation")
    String users_whole_federation();

    @Message("Created {username}.")
    String users_created_notice(String username);

    @Message("Password of {username} reset.")
    String users_reset_notice(String username);

    @Message("{username} is disabled: her open sign-ins end now.")
    String users_disabled_notice(String username);

    @Message("{username} may sign in again.")
    String users_enabled_notice(String username);
}
