package org.sakhiline.menu;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text of a screen as USSD and SMS show it: prompt lines, list lines, then options as
 * "1 Savings" and "0 Back", one per line.
 */
public final class ScreenText {

    private ScreenText() {}

    public static String compose(MenuOutput out) {
        return String.join("\n", lines(out));
    }

    /** The screen line by line, so a pager can split between lines. */
    public static List<String> lines(MenuOutput out) {
        List<String> lines = new ArrayList<>();
        out.lines().forEach(l -> lines.add(l.text()));
        out.listLines().forEach(l -> lines.add(l.text()));
        out.options().forEach(o -> lines.add(option(o)));
        if (out.back() != null) {
            lines.add(option(out.back()));
        }
        return lines;
    }

    public static String option(MenuOutput.MenuOption option) {
        return option.digit() + " " + option.text();
    }
}
