package org.sakhiline.books.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.sakhiline.books.members.MemberRole;
import org.sakhiline.books.members.MemberStatus;
import org.sakhiline.books.posting.Channel;
import org.sakhiline.support.problem.ForbiddenActorException;

/**
 * Maker–checker, in one place. Makers: the group's BOOKKEEPER (a member, on USSD) or a console user (a
 * paper register entered afterwards). Checkers: a LEADER of the same group or a console user. The makers
 * of a sheet are every actor who saved or submitted it (its history); none of them may confirm or reject
 * it. Console users' scope over the group is checked by the API and console before they get here.
 */
@ApplicationScoped
public class SheetCheckers {

    private static final Set<Channel> CONSOLE_CHANNELS = Set.of(Channel.CONSOLE, Channel.API);
    static final List<String> MAKING_EVENTS = List.of(SheetHistory.SAVED, SheetHistory.SUBMITTED);

    private final EntityManager em;

    public SheetCheckers(EntityManager em) {
        this.em = em;
    }

    /** May open (and read) the group's sheet: its bookkeeper or leader, or a console user. */
    void requireOpener(long shgId, SheetActor actor) {
        requireRole(shgId, actor, Set.of(MemberRole.BOOKKEEPER, MemberRole.LEADER), "open a meeting sheet");
    }

    /** May enter, save or submit: the group's bookkeeper, or a console user. */
    void requireMaker(long shgId, SheetActor actor) {
        requireRole(shgId, actor, Set.of(MemberRole.BOOKKEEPER), "record a meeting sheet");
    }

    /** May confirm or reject: the group's leader or a console user, and none of the sheet's makers. */
    void requireChecker(LockedSheet sheet, SheetActor actor) {
        // The maker hears why first: "someone else must check it" tells her what to do next.
        if (isMaker(sheet.id(), actor.actor())) {
            throw new ForbiddenActorException(SheetRules.MAKER_IS_CHECKER,
                    "you recorded this sheet, so someone else must check it");
        }
        requireRole(sheet.shgId(), actor, Set.of(MemberRole.LEADER), "confirm a meeting sheet");
    }

    /** Whether {@code actor} saved, entered or submitted anything on the sheet (ever, across rejects). */
    public boolean isMaker(long sheetId, String actor) {
        return !em.createNativeQuery("SELECT 1 FROM meeting_sheet_event WHERE sheet_id = ?1 AND actor = ?2"
                        + " AND event IN (?3) LIMIT 1")
                .setParameter(1, sheetId).setParameter(2, actor).setParameter(3, MAKING_EVENTS).getResultList().isEmpty();
    }

    private void requireRole(long shgId, SheetActor actor, Set<MemberRole> roles, String what) {
        if (!actor.isMember()) {
            if (!actor.actor().startsWith("console:") || !CONSOLE_CHANNELS.contains(actor.channel())) {
                throw new ForbiddenActorException(ForbiddenActorException.FORBIDDEN, actor.actor() + " may not " + what);
            }
            return;
        }
        List<?> rows = em.createNativeQuery("SELECT shg_id, role, status FROM member WHERE id = ?1")
                .setParameter(1, actor.memberId()).getResultList();
        if (rows.isEmpty() || ((Number) ((Object[]) rows.get(0))[0]).longValue() != shgId) {
            throw new ForbiddenActorException(ForbiddenActorException.FORBIDDEN, "this meeting is not of your group");
        }
        Object[] m = (Object[]) rows.get(0);
        if (!roles.contains(MemberRole.valueOf((String) m[1])) || MemberStatus.valueOf((String) m[2]) != MemberStatus.ACTIVE) {
            throw new ForbiddenActorException(ForbiddenActorException.FORBIDDEN, "your role in the group does not allow you to " + what);
        }
    }
}
