package org.sakhiline.channel.ussd;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sakhiline.channel.session.MenuSessionStore;
import org.sakhiline.channel.session.StepWriter;
import org.sakhiline.menu.MenuBooks;
import org.sakhiline.menu.MenuEngine;
import org.sakhiline.menu.store.FlowStore;
import org.sakhiline.support.HopConnections;

/** Another instance of the service, as far as USSD goes: a conversation with its own memory, the same database. */
@ApplicationScoped
public class UssdInstances {

    @Inject
    MenuEngine engine;
    @Inject
    MenuBooks books;
    @Inject
    FlowStore flows;
    @Inject
    MenuSessionStore sessions;
    @Inject
    UssdConfig config;
    @Inject
    UssdScreens screens;
    @Inject
    StepWriter steps;
    @Inject
    HopConnections hopDatabase;

    UssdConversation another() {
        return new UssdConversation(engine, books, flows, sessions, config, screens, steps, hopDatabase);
    }
}
