package org.sakhiline;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promises of the layout (README, "Project layout"), checked on the compiled production classes so a
 * change that breaks one fails the build instead of waiting for a reader to notice.
 */
class ArchitectureTest {

    /**
     * Top-level packages from the outside in. A class may use its own package's classes and those of any
     * layer further down the list, never one above it, nor a sibling on its own line.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("admin", "api"),        // the console and the JSON API: HTTP for people
            List.of("access"),              // console users and the part of the federation each may see
            List.of("channel"),             // USSD, SMS and voice: HTTP for gateways and Twilio
            List.of("reminders"),           // scheduled reminders, written to the outbox
            List.of("menu"),                // flows and the engine that walks them
            // Reports read the books and add them up; the console and the API show them (they check the reader's
            // scope and pass her subtree in). Just above books, so nothing that posts money can depend on a report,
            // and below menu and channel, which have no business with them.
            List.of("reports"),             // DCB, portfolio at risk, savings-group ratios, Panchasutra grading
            List.of("books"),               // the SHG's books: org, members, PINs, savings, loans, meetings, staff
            List.of("audit", "messaging"),  // the audit log; the outbox and the SMS/call providers
            List.of("support"));            // small shared pieces

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sakhiline");
    }

    @Test
    void importArrowsPointOneWay() {
        Map<String, Integer> rank = new TreeMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String top : LAYERS.get(i)) {
                rank.put(top, i);
            }
        }
        TreeSet<String> wrong = new TreeSet<>();
        for (JavaClass c : classes) {
            String from = top(c);
            if (from == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = top(d.getTargetClass());
                if (to == null || to.equals(from)) {
                    continue;
                }
                Integer fromRank = rank.get(from);
                Integer toRank = rank.get(to);
                if (fromRank == null || toRank == null || toRank <= fromRank) {
                    wrong.add(from + " -> " + to + ": " + c.getName() + " uses " + d.getTargetClass().getName());
                }
            }
        }
        assertEquals("", String.join("\n", wrong), "imports against the layering " + LAYERS);
    }

    @Test
    void noPackageCyclesAtAnyLevel() {
        // Every package is a slice of its own: a cycle between a package and its sub-package counts too.
        slices().matching("org.sakhiline.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void typeNamesAreUnique() {
        Map<String, List<String>> byName = new TreeMap<>();
        for (JavaClass c : classes) {
            boolean topLevel = c.isTopLevelClass();
            boolean publicNested = c.isNestedClass() && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC);
            if (topLevel || publicNested) {
                byName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c.getName());
            }
        }
        List<String> clashes = new ArrayList<>();
        byName.forEach((name, owners) -> {
            long topLevel = owners.stream().filter(o -> !o.contains("$")).count();
            if (topLevel > 1 || (topLevel == 1 && owners.size() > 1 && !qutePages(name))) {
                clashes.add(name + ": " + owners);
            }
        });
        assertEquals("", String.join("\n", clashes), "one name, one meaning: a top-level type's name is not reused");
    }

    @Test
    void sourceFilesStayShort() throws IOException {
        List<String> longFiles = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/demo/java")) {
            if (!Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    boolean explained = lines.stream().anyMatch(l -> l.contains(LONG_ON_PURPOSE));
                    if (lines.size() > MAX_LINES && !explained) {
                        longFiles.add(f + ": " + lines.size() + " lines");
                    }
                }
            }
        }
        assertEquals("", String.join("\n", longFiles), "over " + MAX_LINES + " lines without a comment saying why ("
                + LONG_ON_PURPOSE + " …)");
    }

    static final int MAX_LINES = 400;
    static final String LONG_ON_PURPOSE = "Long on purpose:";

    /** Qute's type-safe templates are nested classes named Templates by convention, one per resource. */
    private static boolean qutePages(String name) {
        return name.equals("Templates");
    }

    /** The top-level package under org.sakhiline ("books", "channel", …), or null outside the project. */
    private static String top(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("org.sakhiline.")) {
            return null;
        }
        String rest = pkg.substring("org.sakhiline.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
