package org.sakhiline.admin.flows;

/**
 * Why a publish, rollback or save was refused, as codes the services return and the pages say in the
 * reader's language: the services stay free of request language, the words live in {@link FlowMessages}.
 */
public final class FlowRefusals {

    public static final String STALE = "stale";
    public static final String PROBLEMS = "problems";
    public static final String NOTE = "note";
    public static final String NOTE_LONG = "note-long";
    public static final String CURRENT = "current";
    public static final String INVALID = "invalid";
    public static final String RACE = "race";
    public static final String UNCONFIRMED = "unconfirmed";

    private FlowRefusals() {}

    /** The refusal in words; {@code arg} is the one value it names (who saved, which version). */
    public static String say(FlowMessages m, String code, String arg) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case STALE -> m.refusal_stale(arg);
            case PROBLEMS -> m.refusal_problems();
            case NOTE -> m.refusal_note();
            case NOTE_LONG -> m.refusal_note_long(FlowPublishing.MAX_NOTE);
            case CURRENT -> m.refusal_current(arg);
            case INVALID -> m.refusal_invalid(arg);
            case RACE -> m.refusal_race();
            case UNCONFIRMED -> m.rollback_unconfirmed();
            default -> code;
        };
    }
}
