// Long on purpose: one method per text of the menu pages and the simulator in English (a Qute message bundle);
// Hindi and Urdu are in src/main/resources/messages/flo_hi.properties and flo_ur.properties.
package org.sakhiline.admin.flows;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the menu pages (list, draft editor, preview, diff, rollback) and of the
 * simulator, in one bundle ({@code flo}); Hindi and Urdu in messages/flo_hi.properties and flo_ur.properties.
 */
@MessageBundle(value = "flo", locale = "en")
public interface FlowMessages {

    // ---- list of flows ----
    @Message("Menus")
    String menus();

    @Message("What members hear and read on USSD, SMS and voice. A published version never changes: publishing or rolling back adds a new version, and sessions already running finish on the version they started with.")
    String menus_lead();

    @Message("Published {what}. New sessions use it; sessions already running finish on the version they started with.")
    String published_notice(String what);

    @Message("The draft was discarded.")
    String discarded_notice();

    @Message("Flow")
    String flow();

    @Message("Current:")
    String current();

    @Message("by {author}")
    String by(String author);

    @Message("files")
    String files();

    @Message("screens")
    String screens();

    @Message("export zip")
    String export_zip();

    @Message("what changed")
    String diff_link();

    @Message("Nothing published yet.")
    String nothing_published();

    @Message("Draft")
    String draft();

    @Message("Draft from {version}")
    String draft_from(String version);

    @Message("last saved by {who}")
    String last_saved_by(String who);

    @Message("edit draft")
    String edit_draft();

    @Message("view draft")
    String view_draft();

    @Message("Start a draft from {version}")
    String start_draft_from(String version);

    @Message("Older versions")
    String older_versions();

    @Message("Version")
    String version();

    @Message("Author")
    String author();

    @Message("Published")
    String published();

    @Message("Note")
    String note();

    @Message("Look")
    String look();

    @Message("Change")
    String change();

    @Message("compare with current")
    String diff_with_current();

    @Message("Roll back to {version}…")
    String rollback_to_ellipsis(String version);

    @Message("Draft from {version}")
    String draft_from_button(String version);

    @Message("No flows are stored yet.")
    String no_flows();

    @Message("Rolled back to {version}: {note}")
    String rolled_back_note(String version, String note);

    // ---- problems ----
    @Message("Problems")
    String problems();

    @Message("No problems: this draft can be published.")
    String no_problems();

    @Message("{count} problem(s). Publishing is possible once there are none.")
    String problem_count(int count);

    @Message("line {line}")
    String line(int line);

    @Message("text")
    String text_key();

    @Message("(not in the file yet)")
    String key_missing();

    @Message("node")
    String node();

    @Message("language")
    String language();

    @Message("Problems found:")
    String problems_found();

    // ---- draft editor ----
    @Message("Draft of {key}")
    String draft_of(String key);

    @Message("Draft of flow")
    String draft_of_flow();

    @Message("← Menus")
    String back_to_menus();

    @Message("← Back")
    String back();

    @Message("Saved. No problems: this draft can be published.")
    String saved_clean();

    @Message("Saved, but with {count} problem(s): members get nothing of this draft, and it cannot be published until they are fixed.")
    String saved_with_problems(int count);

    @Message("Draft started. Edit the files, save, then publish.")
    String draft_started();

    @Message("This flow has no draft. A draft is a copy of a version as files (the same as menus/{key}/) that you edit here; nothing changes for members until you publish it.")
    String no_draft(String key);

    @Message("Start from")
    String start_from();

    @Message("Start a draft")
    String start_draft();

    @Message("Started from {version}.")
    String started_from(String version);

    @Message("Last saved by {who}, {when} (revision {revision}).")
    String last_saved(String who, String when, int revision);

    @Message("The current version is now {version}: publishing this draft replaces it.")
    String based_on_older(String version);

    @Message("Screens")
    String screens_link();

    @Message("What changed")
    String what_changed();

    @Message("Save draft")
    String save_draft();

    @Message("Publish")
    String publish();

    @Message("Note (what changed and why)")
    String publish_note();

    @Message("Discard draft")
    String discard_draft();

    @Message("Screen %node% (%language%): %used% of %available% units, %encoding%")
    String counter_screen();

    @Message("— too long")
    String counter_over();

    @Message("Screens showing %key%:")
    String counter_key();

    @Message("Fullest screens:")
    String counter_tightest();

    @Message("flow.yaml cannot be read yet, so screens cannot be counted.")
    String counter_unreadable();

    @Message("Not saved: {who} saved this draft after you opened it. Your text is still below; copy what you need, reload the draft and apply it again.")
    String save_conflict(String who);

    @Message("This flow already has a draft: publish or discard it before starting another.")
    String draft_exists();

    // ---- refusals (FlowRefusals) ----
    @Message("The draft was saved by {who} after you opened it. Reload the draft, check it, then publish.")
    String refusal_stale(String who);

    @Message("The draft has problems: fix them, save, then publish.")
    String refusal_problems();

    @Message("Write a note saying what changed and why: it is shown in the version list.")
    String refusal_note();

    @Message("The note is longer than {max} characters.")
    String refusal_note_long(int max);

    @Message("{version} is already the current version.")
    String refusal_current(String version);

    @Message("{version} does not pass today's checks, so it cannot be made current again. Start a draft from it and fix these.")
    String refusal_invalid(String version);

    @Message("Another version of this flow was published at the same moment. Reload and try again.")
    String refusal_race();

    // ---- preview ----
    @Message("Screens of {title}")
    String screens_of(String title);

    @Message("{key} draft")
    String draft_title(String key);

    @Message("Every screen in every language with each value at its widest (the largest amount, the longest date), measured as USSD counts it: GSM-7 characters, or UTF-16 units as soon as one character needs UCS-2.")
    String preview_lead();

    @Message("{count} screen(s) are over the limit.")
    String over_count(long count);

    @Message("{changed} of {total} screens differ from the published {version}.")
    String changed_summary(int changed, int total, String version);

    @Message("All {total} screens; {changed} differ from the published {version}.")
    String all_summary(int total, int changed, String version);

    @Message("Show all screens")
    String show_all();

    @Message("Show changed screens only")
    String show_changed();

    @Message("No screen differs from the published {version}.")
    String no_changes(String version);

    @Message("Which screens")
    String which_screens();

    @Message("Screen")
    String screen();

    @Message("Text (widest values)")
    String text_widest();

    @Message("Units used")
    String units_used();

    @Message("Encoding")
    String encoding();

    @Message("Units available")
    String units_available();

    @Message("changed")
    String changed();

    @Message("over")
    String over();

    @Message("after")
    String after();

    // ---- version, diff ----
    @Message("current")
    String current_badge();

    @Message("Export zip")
    String export_zip_title();

    @Message("Compare")
    String compare();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("no change")
    String no_change();

    @Message("{count} unchanged line(s)")
    String unchanged_lines(int count);

    @Message("draft")
    String draft_word();

    // ---- rollback ----
    @Message("Roll back {key} to {version}")
    String rollback_title(String key, String version);

    @Message("Roll back flow {key} to {version}?")
    String rollback_heading(String key, String version);

    @Message("Nothing was rolled back: confirm on this page first.")
    String rollback_unconfirmed();

    @Message("The note is longer than {max} characters.")
    String rollback_note_long(int max);

    @Message("Write a note saying why you roll back: it is kept in the version history and the audit log.")
    String rollback_note_missing();

    @Message("New sessions will use {version} (by {author}, {when}).")
    String rollback_explain(String version, String author, String when);

    @Message("It replaces the current {version}.")
    String rollback_replaces(String version);

    @Message("Sessions already running finish on the version they started with. {version} is copied as a new version; no version is deleted.")
    String rollback_history(String version);

    @Message("See what changes")
    String rollback_diff();

    @Message("Why roll back? (required, kept in the history)")
    String rollback_why();

    @Message("Roll back to {version}")
    String rollback_confirm(String version);

    @Message("Cancel")
    String cancel();

    // ---- simulator ----
    @Message("Simulator")
    String simulator();

    @Message("Be a member for a moment: dial, text or call with her phone and see exactly what she would, from the published menu or from the draft. Her real balance and dues are read; nothing is written, sent or posted, and her real session and PIN are never touched (in the simulator any PIN passes except 0000, which shows the wrong-PIN screen).")
    String simulator_lead();

    @Message("Channel")
    String channel();

    @Message("Voice")
    String voice();

    @Message("Find a member")
    String find_member();

    @Message("+91…, member number or name")
    String find_placeholder();

    @Message("Search")
    String search();

    @Message("No member found.")
    String no_member();

    @Message("No member found in your part of the federation.")
    String no_member_scoped();

    @Message("Phone (international form)")
    String phone_e164();

    @Message("Menu")
    String menu();

    @Message("published version")
    String published_version();

    @Message("Call")
    String call();

    @Message("Dial *123#")
    String dial();

    @Message("SMS replies come from the SMS texts (menus/sms), not from a flow. A bank mitra's money commands and the stop and start commands are not run here.")
    String sms_lead();

    @Message("Phone")
    String phone();

    @Message("Message")
    String sms_message();

    @Message("Send SMS")
    String send_sms();

    @Message("Reply")
    String reply();

    @Message("Press")
    String press();

    @Message("Send")
    String send();

    @Message("Type a message below.")
    String type_message();

    @Message("Press Call to start.")
    String press_call();

    @Message("Dial to start.")
    String dial_to_start();

    @Message("Transcript")
    String transcript();

    @Message("Nothing yet.")
    String nothing_yet();

    @Message("waits for a reply")
    String mode_waits();

    @Message("session ended")
    String mode_ended();

    @Message("{units} units")
    String units(int units);

    @Message("{count} part(s)")
    String parts(int count);

    @Message("plays")
    String plays();

    @Message("says")
    String says();

    @Message("Keys:")
    String keys();

    @Message("The session has ended. Dial again.")
    String sim_ussd_ended();

    @Message("The call has ended. Call again.")
    String sim_call_ended();

    @Message("On a call, silence repeats the screen after a short \"please press a key\"; press a key to go on.")
    String sim_silence();

    @Message("No reply: the service answers nothing to this message.")
    String sim_no_reply();

    @Message("Enter the phone in international form, e.g. +919900000002.")
    String phone_format();
}
