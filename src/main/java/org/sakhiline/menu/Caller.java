package org.sakhiline.menu;

import java.util.List;
import java.util.Objects;

/**
 * Who dialled: the phone, every active member registered on it (none for an unknown phone, several for a
 * shared handset) and how the channel knows the phone is hers ({@link Proof}). The channel builds it with
 * {@link MenuBooks#membersForPhone(String)}; the engine decides from the proof what the phone alone may do.
 */
public record Caller(String phone, List<CallerMember> members, Proof proof) {

    /** What vouches for the phone number. */
    public enum Proof {
        /** The mobile network named the caller (USSD behind the gateway's secret): a first PIN may be set. */
        NETWORK,
        /**
         * The number is only claimed (a voice caller ID, an SMS sender): it can be forged, so nothing is set on it
         * alone; a one-time code sent to the number and keyed back proves she holds the phone.
         */
        CLAIMED
    }

    public Caller {
        members = List.copyOf(members);
        Objects.requireNonNull(proof, "proof");
    }

    /** A caller the mobile network named (USSD). */
    public static Caller byNetwork(String phone, List<CallerMember> members) {
        return new Caller(phone, members, Proof.NETWORK);
    }

    /** A caller whose number is only claimed (voice, SMS). */
    public static Caller claimed(String phone, List<CallerMember> members) {
        return new Caller(phone, members, Proof.CLAIMED);
    }
}
