package org.sakhiline.admin.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.books.org.Country;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.SheetFixtures;

/**
 * A group ready for meeting day ({@link SheetFixtures}: member 1 its leader, member 2 its bookkeeper, member 3 with
 * a loan due) and three STAFF console users: two of its VO (one enters the paper register, the other checks it)
 * and one of another VO.
 */
@ApplicationScoped
public class ConsoleSheetBooks {

    public static final String PASSWORD = "sheet-console-password-1";

    @Inject
    SheetFixtures fixtures;
    @Inject
    BooksFixtures books;
    @Inject
    ConsoleUsers users;

    public record Desk(SheetFixtures.Group group, String maker, String checker, String outsider) {}

    public Desk create() {
        SheetFixtures.Group g = fixtures.group(3);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Desk desk = new Desk(g, "sc-maker-" + suffix, "sc-checker-" + suffix, "sc-outsider-" + suffix);
        users.create(desk.maker(), PASSWORD, ConsoleRole.STAFF, g.voId(), "Asha Das");
        users.create(desk.checker(), PASSWORD, ConsoleRole.STAFF, g.voId(), "Meena Roy");
        users.create(desk.outsider(), PASSWORD, ConsoleRole.STAFF, books.vo(Country.IN), "Nisha Other");
        return desk;
    }
}
