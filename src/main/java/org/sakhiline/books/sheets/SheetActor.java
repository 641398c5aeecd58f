package org.sakhiline.books.sheets;

import java.util.Objects;
import org.sakhiline.books.posting.Channel;

/**
 * Who acts on a sheet, as {@link org.sakhiline.books.posting.PostingContext} names it, and through which
 * channel. {@code memberId} is set when the actor is a member (bookkeeper or leader on USSD).
 */
public record SheetActor(String actor, Channel channel, Long memberId) {

    public SheetActor {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
    }

    public static SheetActor member(long memberId, Channel channel) {
        return new SheetActor("member:" + memberId, channel, memberId);
    }

    public static SheetActor console(String username, Channel channel) {
        if (username == null || username.isBlank() || username.contains(":")) {
            throw new IllegalArgumentException("not a console username");
        }
        return new SheetActor("console:" + username, channel, null);
    }

    public boolean isMember() {
        return memberId != null;
    }
}
