package org.sakhiline.channel.ussd;

import java.util.ArrayList;
import java.util.List;
import org.sakhiline.support.Gsm7;

/**
 * Splits a screen's lines into USSD pages that fit the handset: 182 GSM-7 septets, or 80 UTF-16 units
 * as soon as one character needs UCS-2 (every Indic and Arabic script). Every page but the last ends
 * with the "more" line ("00 More"), so the member can walk a long statement one screen at a time.
 * Lines are kept whole where possible; a line longer than a page is cut at a space.
 */
public final class UssdPager {

    private final int gsm7Limit;
    private final int ucs2Limit;

    public UssdPager(int gsm7Limit, int ucs2Limit) {
        if (gsm7Limit < 40 || ucs2Limit < 20) {
            throw new IllegalArgumentException("USSD limits too small: " + gsm7Limit + "/" + ucs2Limit);
        }
        this.gsm7Limit = gsm7Limit;
        this.ucs2Limit = ucs2Limit;
    }

    /** True when {@code text} fits one screen in its own encoding. */
    public boolean fits(String text) {
        int septets = Gsm7.septets(text);
        return septets >= 0 ? septets <= gsm7Limit : text.length() <= ucs2Limit;
    }

    /**
     * @param lines    the screen, one entry per line (prompts, then options)
     * @param moreLine the localized "00 More" line appended to every page but the last
     * @return at least one page
     */
    public List<String> paginate(List<String> lines, String moreLine) {
        List<String> pieces = new ArrayList<>();
        for (String line : lines) {
            pieces.addAll(splitLongLine(line, moreLine));
        }
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            String candidate = page.isEmpty() ? piece : page + "\n" + piece;
            boolean last = i == pieces.size() - 1;
            // The last piece needs no "more" line after it; any other must leave room for one.
            String check = last ? candidate : candidate + "\n" + moreLine;
            if (fits(check) || page.isEmpty()) {
                page.setLength(0);
                page.append(candidate);
            } else {
                pages.add(page + "\n" + moreLine);
                page.setLength(0);
                page.append(piece);
            }
        }
        pages.add(page.toString());
        return pages;
    }

    /** A single line that cannot share a page with the "more" line is cut at spaces (or hard). */
    private List<String> splitLongLine(String line, String moreLine) {
        if (fits(line + "\n" + moreLine)) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        String rest = line;
        while (!fits(rest + "\n" + moreLine)) {
            int cut = rest.length() - 1;
            while (cut > 0 && !fits(rest.substring(0, cut) + "\n" + moreLine)) {
                cut--;
            }
            int space = rest.lastIndexOf(' ', cut);
            int at = space > cut / 2 ? space : Math.max(cut, 1);
            out.add(rest.substring(0, at).stripTrailing());
            rest = rest.substring(at).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
