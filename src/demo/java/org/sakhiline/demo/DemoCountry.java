package org.sakhiline.demo;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** One country's federation as the generator holds it in memory: its languages, federations and VOs. */
final class DemoCountry {

    /** A federation (CLF/LSO) or a village organisation. */
    record Unit(long id, String code, String language) {}

    final String code;
    final ZoneId zone;
    final String[] languages;       // group languages, cycled
    final String[] otherLanguages;  // a member may speak one of these instead
    int groups;
    final List<Unit> federations = new ArrayList<>();
    final List<Unit> vos = new ArrayList<>();

    DemoCountry(String code, ZoneId zone, String[] languages, String[] otherLanguages) {
        this.code = code;
        this.zone = zone;
        this.languages = languages;
        this.otherLanguages = otherLanguages;
    }
}
