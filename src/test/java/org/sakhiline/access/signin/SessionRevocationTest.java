package org.sakhiline.access.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUser;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

/**
 * A console sign-in ends on the server: the cookies of a browser copied before sign-out, before an
 * administrator resets her password or disables her, or older than the absolute lifetime open nothing.
 */
@QuarkusTest
class SessionRevocationTest {

    private static final String PASSWORD = "session-password-123";

    @Inject
    ConsoleUsers users;

    @Inject
    SignInThrottle throttle;

    @Inject
    ConsoleSessions sessions;

    @AfterEach
    void realClock() {
        throttle.useClock(Clock.systemUTC());
        sessions.forgetAll();
    }

    @Test
    void cookiesCopiedBeforeSignOutOpenNothingAfterIt() {
        ConsoleUser user = newUser();
        Map<String, String> copied = signIn(user.username);
        console(copied).then().statusCode(200);
        // the ticket is needed beside Quarkus' cookie: the credential cookie alone is not a session
        given().redirects().follow(false).cookie("quarkus-credential", copied.get("quarkus-credential")).get("/admin")
                .then().statusCode(302).header("Location", containsString("/admin/login"));

        String csrf = csrfOf(copied);
        given().redirects().follow(false).cookies(copied).cookie("sakhiline-csrf", csrf).formParam("csrf", csrf)
                .post("/admin/logout").then().statusCode(303);

        console(copied).then().statusCode(302).header("Location", containsString("/admin/login"));
        // and the sign-in page still opens for that browser (no redirect loop)
        given().redirects().follow(false).cookies(copied).get("/admin/login").then().statusCode(200);
        // her other sign-ins are not ended by this one's sign-out
        Map<String, String> another = signIn(user.username);
        console(another).then().statusCode(200);
    }

    @Test
    void anAdministratorsPasswordResetEndsHerSignInsAndHerCachedApiCredential() {
        ConsoleUser user = newUser();
        Map<String, String> copied = signIn(user.username);
        console(copied).then().statusCode(200);
        ConsoleAuth.as(user.username, PASSWORD).get("/api/v1/org-units").then().statusCode(200);

        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        admin.given().formParam("csrf", admin.csrfFrom("/admin/users")).formParam("password", "reset-password-456")
                .post("/admin/users/" + user.id + "/password").then().statusCode(303);

        console(copied).then().statusCode(302).header("Location", containsString("/admin/login"));
        ConsoleAuth.as(user.username, PASSWORD).get("/api/v1/org-units").then().statusCode(401);
        console(signIn(user.username, "reset-password-456")).then().statusCode(200);
    }

    @Test
    void disablingHerEndsHerCachedApiCredentialAtOnce() {
        ConsoleUser user = newUser();
        ConsoleAuth.as(user.username, PASSWORD).get("/api/v1/org-units").then().statusCode(200);
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        String csrf = admin.csrfFrom("/admin/users");
        admin.given().formParam("csrf", csrf).post("/admin/users/" + user.id + "/disable").then().statusCode(303);
        ConsoleAuth.as(user.username, PASSWORD).get("/api/v1/org-units").then().statusCode(401);
        admin.given().formParam("csrf", csrf).post("/admin/users/" + user.id + "/enable").then().statusCode(303);
        ConsoleAuth.as(user.username, PASSWORD).get("/api/v1/org-units").then().statusCode(200);
    }

    @Test
    void aSignInEndsTwelveHoursAfterItBeganHoweverBusy() {
        ConsoleUser user = newUser();
        Map<String, String> browser = signIn(user.username);
        throttle.useClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(11).plusMinutes(59)));
        console(browser).then().statusCode(200);
        throttle.useClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(12).plusMinutes(1)));
        console(browser).then().statusCode(302).header("Location", containsString("/admin/login"));
    }

    private ConsoleUser newUser() {
        String name = "session-" + BooksFixtures.unique("u").toLowerCase(java.util.Locale.ROOT);
        return users.create(name, PASSWORD, ConsoleRole.ADMIN, null, "Session test");
    }

    private static Map<String, String> signIn(String username) {
        return signIn(username, PASSWORD);
    }

    /** The cookies a browser holds after signing in: what a thief would copy. */
    private static Map<String, String> signIn(String username, String password) {
        Response r = given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        r.then().statusCode(302).header("Location", containsString("/admin"));
        return r.getCookies();
    }

    private static Response console(Map<String, String> cookies) {
        return given().redirects().follow(false).cookies(cookies).get("/admin");
    }

    private static String csrfOf(Map<String, String> cookies) {
        String page = console(cookies).then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF field on /admin");
        }
        return m.group(1);
    }
}
