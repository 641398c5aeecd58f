package org.sakhiline.menu.books;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuEngine;

/** One engine for every channel: it is stateless apart from the books it reads. */
public class MenuEngineProducer {

    @Produces
    @ApplicationScoped
    MenuEngine menuEngine(MenuBooks books) {
        return new MenuEngine(books);
    }
}
