package org.sakhiline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every console page must pass, in a real browser (issue 19): no sideways page scroll, no raw enum or internal id
 * a person would have to decode, every time shown with its zone, no serious or critical axe-core violation; a
 * screenshot {@code target/screenshots/<name>-<lang>-<width>.png} is kept of each. Sign in first, then:
 *
 * <pre>{@code
 * ConsolePageChecks.check(browser, "/admin/outbox", "outbox");          // this viewport and language
 * ConsolePageChecks.walk(browser, List.of("/admin/outbox", "/admin/outbox?status=FAILED"), "outbox");
 * }</pre>
 *
 * {@code walk} visits each path at 390 and 1366 px in English, Hindi and Urdu and leaves the user in English. Text
 * inside {@code <code>}, {@code <kbd>}, {@code <samp>}, {@code <pre>}, form fields and elements marked
 * {@code translate="no"} is what a person types or reads as is (an SMS keyword, a member's own message) and is not
 * checked for codes; a time of day that is not a moment (a weekly meeting at 10:30) may be marked {@code data-local-time}.
 */
public final class ConsolePageChecks {

    public static final List<String> LANGUAGES = List.of("en", "hi", "ur");
    public static final int PHONE = 390;
    public static final int DESKTOP = 1366;
    public static final List<Integer> WIDTHS = List.of(PHONE, DESKTOP);

    /** Acronyms staff use as words; anything else in four or more capitals reads as a code. */
    public static final Set<String> ACRONYMS = Set.of("USSD", "XLSX", "NRLM", "IFSC", "NABARD", "SIDBI", "NEFT", "RTGS",
            "IMPS", "UMEED", "JEEVIKA", "KUDUMBASHREE", "MEPMA", "SERP", "OSLM", "ASRLM", "NULM", "DLT", "SHGS");
    private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{4,}\\b");
    private static final Pattern REF = Pattern.compile("\\b(?:member|staff|console|system|import):\\S*");
    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern TIME = Pattern.compile("(?<![\\d:])(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])");
    private static final Pattern ZONE = Pattern.compile("^(?:\\s*(?:[ap]\\.?m\\.?|AM|PM))?\\s*(?:IST|PKT|UTC|GMT|[A-Z][a-z]+/[A-Za-z_]+)");

    /** Visible text a person reads on the page: text nodes, skipping what is typed or quoted as is. */
    private static final String VISIBLE_TEXT = """
            const skip = 'script,style,noscript,template,code,kbd,samp,pre,textarea,input,[translate="no"],[data-local-time]';
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || el.closest(skip) || !n.nodeValue.trim()) continue;
              if (el.checkVisibility && !el.checkVisibility({checkOpacity: false, checkVisibilityCSS: true})) {
                if (!el.closest('details')) continue;   // a closed <details> is one click away: read it too
              }
              out.push(n.nodeValue.trim());
            }
            return out.join(' \\u2029 ');
            """;

    private ConsolePageChecks() {
    }

    /** Every path at 390 and 1366 px in English, Hindi and Urdu; screenshots named {@code <prefix>-<n>-<lang>-<width>}. */
    public static void walk(Browser browser, List<String> paths, String prefix) {
        try {
            for (String language : LANGUAGES) {
                browser.useLanguage(language);
                for (int width : WIDTHS) {
                    width(browser, width);
                    for (int i = 0; i < paths.size(); i++) {
                        check(browser, paths.get(i), paths.size() == 1 ? prefix : prefix + "-" + (i + 1));
                    }
                }
            }
        } finally {
            browser.desktopViewport();
            browser.useLanguage("en");
        }
    }

    /** Sets the viewport: 390 px as a phone (touch, 844 tall), anything else as a laptop 900 tall. */
    public static void width(Browser browser, int width) {
        browser.viewport(width, width <= 600 ? 844 : 900, width <= 600);
    }

    /** Opens {@code path} and asserts everything on it at the current viewport and language. */
    public static void check(Browser browser, String path, String name) {
        browser.open(path);
        List<String> problems = new ArrayList<>();
        if (browser.isPresent(org.openqa.selenium.By.id("error-page"))) {
            problems.add("it shows the error page \"" + browser.textOf(org.openqa.selenium.By.cssSelector("#error-page h1")) + "\"");
        }
        problems.addAll(layoutProblems(browser));
        problems.addAll(wordProblems(browser));
        problems.addAll(axeProblems(browser));
        finish(browser, path, name, problems);
    }

    /** Only the layout and accessibility checks: for pages whose words are not the caller's to fix. */
    public static void checkLayout(Browser browser, String path, String name) {
        browser.open(path);
        List<String> problems = new ArrayList<>(layoutProblems(browser));
        problems.addAll(axeProblems(browser));
        finish(browser, path, name, problems);
    }

    /** As {@link #check}, for a page that is meant to be one of the console's error pages. */
    public static void checkErrorPage(Browser browser, String path, String name) {
        browser.open(path);
        List<String> problems = new ArrayList<>();
        if (!browser.isPresent(org.openqa.selenium.By.id("error-page"))) {
            problems.add("it is not the console's error page");
        }
        problems.addAll(layoutProblems(browser));
        problems.addAll(wordProblems(browser));
        problems.addAll(axeProblems(browser));
        finish(browser, path, name, problems);
    }

    private static void finish(Browser browser, String path, String name, List<String> problems) {
        String shot = name + "-" + browser.pageLanguage() + "-" + viewportWidth(browser);
        browser.screenshot(shot);
        if (!problems.isEmpty()) {
            throw new AssertionError(path + " (" + shot + ".png): " + String.join("; ", problems));
        }
    }

    public static long viewportWidth(Browser browser) {
        return ((Number) browser.js("return window.innerWidth;")).longValue();
    }

    public static List<String> layoutProblems(Browser browser) {
        long overflow = browser.horizontalOverflow();
        return overflow > 0 ? List.of("the page scrolls sideways by " + overflow + " px") : List.of();
    }

    /** Raw enums, internal ids and times without a zone in the page's visible text. */
    public static List<String> wordProblems(Browser browser) {
        String text = (String) browser.js(VISIBLE_TEXT);
        List<String> problems = new ArrayList<>();
        collect(problems, "a raw enum", ENUM.matcher(text), null);
        collect(problems, "a code in capitals", CAPITALS.matcher(text), ACRONYMS);
        collect(problems, "an internal reference", REF.matcher(text), null);
        collect(problems, "a programmer's name", CAMEL.matcher(text), null);
        Matcher time = TIME.matcher(text);
        List<String> bare = new ArrayList<>();
        while (time.find()) {
            String after = text.substring(time.end(), Math.min(text.length(), time.end() + 24));
            if (!ZONE.matcher(after).find()) {
                bare.add(text.substring(Math.max(0, time.start() - 20), time.end()).replace('\u2029', '|').strip());
            }
        }
        if (!bare.isEmpty()) {
            problems.add("times without a zone: " + bare.stream().distinct().limit(5).toList());
        }
        return problems;
    }

    private static void collect(List<String> problems, String what, Matcher m, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if ((allowed == null || !allowed.contains(m.group())) && !found.contains(m.group())) {
                found.add(m.group());
            }
        }
        if (!found.isEmpty()) {
            problems.add(what + ": " + found.stream().limit(8).toList());
        }
    }

    // ---- axe-core ---------------------------------------------------------------------------------------------

    /** axe-core's serious and critical violations on the page shown now, one line each (rule, impact, first nodes). */
    @SuppressWarnings("unchecked")
    public static List<String> axeProblems(Browser browser) {
        Boolean loaded = (Boolean) browser.js("return typeof window.axe !== 'undefined';");
        if (!Boolean.TRUE.equals(loaded)) {
            browser.js(axeSource());
        }
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join(''))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            problems.add("axe " + v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"));
        }
        return problems;
    }

    private static String axe;

    /**
     * axe-core's script: from the file named by {@code -Dsakhiline.test.axe} (to try another axe version), else the
     * {@code axe.min.js} that the test dependency com.deque.html.axe-core:selenium carries. Missing fails the test.
     */
    static synchronized String axeSource() {
        if (axe != null) {
            return axe;
        }
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("sakhiline.test.axe");
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        try {
            for (Path candidate : candidates) {
                if (Files.isRegularFile(candidate)) {
                    return axe = Files.readString(candidate, StandardCharsets.UTF_8);
                }
            }
            for (String resource : List.of("axe.min.js", "axe-core/axe.min.js")) {
                try (InputStream in = ConsolePageChecks.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in != null) {
                        return axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("axe-core is missing (looked in " + candidates + " and the classpath for axe.min.js): "
                + "the test dependency com.deque.html.axe-core:selenium carries it");
    }
}
