package org.sakhiline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.Browser;

/** The console's Import page in headless Chromium: templates, an upload that imports, a check that lists row problems. */
@QuarkusTest
class ImportBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Path file(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Browser.TARGET.resolve("import-uploads"));
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f.toAbsolutePath();
    }

    private void upload(String kind, Path file, String button) {
        browser.open("/admin/imports");
        browser.select("kind", kind);
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.clickAndWaitForPage(button);
        browser.waitFor(By.id("summary"));   // the page refreshes itself until the import has finished
    }

    @Test
    void anAdministratorImportsAFileAndSeesTheRowProblemsOfAnother() throws IOException {
        String s = BooksFixtures.unique("").substring(1, 7).toUpperCase();
        browser.signInAsAdmin();
        browser.open("/admin/imports");
        assertEquals("Import a federation's sheets", browser.textOf(By.tagName("h1")));
        assertEquals(List.of("org-units.csv", "members.csv", "savings-balances.csv", "loans.csv"),
                browser.texts(By.cssSelector("#kinds a[download]")));

        Path orgs = file("org-units-" + s + ".csv", "code,name,native_name,level,parent_code,country\n"
                + "BC" + s + ",Browser CLF,,CLF,,IN\nBV" + s + ",Browser VO,,VO,BC" + s + ",IN\nBS" + s + ",Browser SHG,ब्राउज़र,SHG,BV" + s + ",IN\n");
        upload("Org units (federations, VOs and SHGs)", orgs, "import");
        assertEquals("Imported 3 rows: 3 created, 0 updated, 0 unchanged.", browser.textOf(By.id("summary")));
        browser.screenshot("import-done");

        Path members = file("members-" + s + ".csv", "shg_code,member_no,name,phones,joined_on\n"
                + "BS" + s + ",1,Asha,+91 98765 00001,2024-01-01\n"
                + "BS" + s + ",2,Usha,12345,2024-01-01\n"
                + "BS" + s + ",3,,,2024-01-01\n");
        upload("Members", members, "check");
        assertTrue(browser.textOf(By.id("summary")).startsWith("2 problems in 3 rows: nothing was imported."));
        assertEquals(List.of("3 phones 12345 is not a phone number that can exist in IN", "4 name is required"),
                browser.texts(By.cssSelector("#problems tbody tr")));
        browser.screenshot("import-problems");

        browser.open("/admin/imports");
        assertEquals(List.of("Org units (federations, VOs and SHGs)", "Members", "Savings balances", "Running loans"),
                browser.texts(By.cssSelector("#kind option")), "what a file holds, in words");
        List<String> recent = browser.texts(By.cssSelector("#recent tbody tr"));
        assertTrue(recent.get(0).contains("members-" + s + ".csv") && recent.get(0).contains("Refused: nothing imported (check only)"), recent.get(0));
        assertTrue(recent.get(1).contains("org-units-" + s + ".csv") && recent.get(1).contains("Done"), recent.get(1));
        assertTrue(recent.get(0).matches("(?s).*\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} IST.*"), "started, in IST: " + recent.get(0));
        assertTrue(recent.get(0).contains("(administrator)"), "who, in words: " + recent.get(0));
    }
}
