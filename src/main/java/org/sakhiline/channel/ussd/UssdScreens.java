package org.sakhiline.channel.ussd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.sakhiline.menu.MenuOutput;
import org.sakhiline.menu.ScreenText;

/**
 * How the engine's output becomes USSD screens: pages that fit the handset with "00 More" between them,
 * which inputs are taken, and whether the session stays open. Shared by the gateway conversation and the
 * console's simulator, so what an administrator sees is exactly what a handset gets.
 */
@ApplicationScoped
public class UssdScreens {

    public static final String MORE = "00";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> PAGES = new TypeReference<>() {};

    private final UssdPager pager;
    private final int maxInputLength;

    @Inject
    public UssdScreens(UssdConfig config) {
        this(new UssdPager(config.gsm7ScreenLimit(), config.ucs2ScreenLimit()), config.maxInputLength());
    }

    UssdScreens(UssdPager pager, int maxInputLength) {
        this.pager = pager;
        this.maxInputLength = maxInputLength;
    }

    /**
     * The first page to show now, the pages "00" will show next, and whether the session stays open.
     * An ending screen split into pages stays open until its last page has been shown.
     */
    public record Paged(String text, List<String> rest, boolean continues) {
        public UssdReply reply() {
            return new UssdReply(text, continues);
        }
    }

    public Paged first(MenuOutput out) {
        List<String> pages = pager.paginate(ScreenText.lines(out), MORE + " " + out.more().text());
        boolean open = !out.end() || pages.size() > 1;
        return new Paged(pages.get(0), List.copyOf(pages.subList(1, pages.size())), open);
    }

    /**
     * "00 More" on a split screen: the next stored page.
     *
     * @param menuWaits true while the menu still waits for an answer after the last page (false for an end screen)
     */
    public Paged next(List<String> rest, boolean menuWaits) {
        List<String> after = List.copyOf(rest.subList(1, rest.size()));
        return new Paged(rest.get(0), after, !after.isEmpty() || menuWaits);
    }

    /** True when the input asks for the next page of a split screen. */
    public static boolean asksForMore(String input) {
        return input != null && MORE.equals(input.strip());
    }

    /** Overlong input or control characters are refused politely: the engine re-asks with a hint. */
    public boolean acceptable(String input) {
        if (input.length() > maxInputLength) {
            return false;
        }
        for (int i = 0; i < input.length(); i++) {
            if (Character.isISOControl(input.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The pages still to show for "00 More", as the session row keeps them. */
    static String pagesJson(List<String> pages) {
        try {
            return JSON.writeValueAsString(pages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pages not serialisable", e);
        }
    }

    static List<String> readPages(String json) {
        try {
            return new ArrayList<>(JSON.readValue(json, PAGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored pages unreadable", e);
        }
    }
}
