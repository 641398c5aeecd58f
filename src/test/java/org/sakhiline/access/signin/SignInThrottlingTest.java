package org.sakhiline.access.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sakhiline.access.ConsoleRole;
import org.sakhiline.access.ConsoleUsers;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.ConsoleAuth;

/**
 * Password floods over the real protocols (the sign-in form and HTTP Basic) are answered 429 with Retry-After
 * before any bcrypt check, and the right password waits like the wrong ones. The throttle's clock is moved
 * instead of sleeping.
 */
@QuarkusTest
class SignInThrottlingTest {

    private static final String PASSWORD = "right-password-123";

    @Inject
    ConsoleUsers users;

    @Inject
    SignInThrottle throttle;

    @Inject
    ConsoleSessions sessions;

    @AfterEach
    void forgetTheFlood() {
        throttle.useClock(Clock.systemUTC());
        throttle.forgetAll();   // every test here floods from 127.0.0.1, like the rest of the suite signs in
        sessions.forgetAll();
    }

    @Test
    void aFormFloodLocksTheNameAndTheRightPasswordWaitsToo() {
        String name = newUser();
        for (int i = 0; i < 6; i++) {
            formSignIn(name, "wrong-password-" + i).then().statusCode(302).header("Location", containsString("error=1"));
        }
        Response locked = formSignIn(name, PASSWORD);
        locked.then().statusCode(429).contentType(containsString("text/html")).body(containsString("Too many wrong passwords"));
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);

        // the lock is in the database: an instance that has seen none of this (memory forgotten) refuses too
        throttle.forgetAll();
        formSignIn(name, PASSWORD).then().statusCode(429).header("Retry-After", containsString(""));

        throttle.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(retryAfter + 1)));
        formSignIn(name, PASSWORD).then().statusCode(302).header("Location", containsString("/admin"));
    }

    @Test
    void aBasicFloodIs429BeforeAnyBcryptCheck() {
        String name = newUser();
        int unauthorized = 0;
        int throttled = 0;
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            int status = ConsoleAuth.as(name, "wrong-password-" + i).get("/api/v1/org-units").statusCode();
            unauthorized += status == 401 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("sign-in flood: 200 wrong HTTP Basic passwords in %d ms: %d x 401 (bcrypt), %d x 429 (no bcrypt)%n",
                millis, unauthorized, throttled);
        assertEquals(6, unauthorized, "5 free failures and the one that locks; every later one is refused unchecked");
        assertEquals(194, throttled);
        ConsoleAuth.as(name, PASSWORD).get("/api/v1/org-units").then().statusCode(429)
                .contentType(containsString("application/problem+json")).header("Retry-After", containsString(""))
                .body(containsString("Too many wrong passwords"));
    }

    @Test
    void manyNamesFromOneAddressLockTheAddress() {
        for (int i = 0; i < 21; i++) {
            ConsoleAuth.as("nobody-" + System.nanoTime(), "wrong-password").get("/api/v1/org-units").then().statusCode(401);
        }
        Response r = ConsoleAuth.asAdmin().get("/api/v1/org-units");
        r.then().statusCode(429);
        given().redirects().follow(false).formParam("j_username", "admin").formParam("j_password", ConsoleAuth.ADMIN_PASSWORD)
                .post("/j_security_check").then().statusCode(429).header("Retry-After", containsString(""));
    }

    @Test
    void aVerifiedBasicCredentialIsCachedUntilHerPasswordIsReset() {
        String name = newUser();
        long id = users.all().stream().filter(u -> u.username.equals(name)).findFirst().orElseThrow().id;
        ConsoleAuth.as(name, PASSWORD).get("/api/v1/org-units").then().statusCode(200);
        // A new hash written behind the service's back (no invalidation): the cached credential still opens.
        setHashBehindTheServicesBack(id);
        ConsoleAuth.as(name, PASSWORD).get("/api/v1/org-units").then().statusCode(200);
        // An administrator's reset goes through the service: the cached credential ends at once.
        ConsoleAuth.Session admin = ConsoleAuth.signInAsAdmin();
        admin.given().formParam("csrf", admin.csrfFrom("/admin/users")).formParam("password", "another-password-456")
                .post("/admin/users/" + id + "/password").then().statusCode(303);
        ConsoleAuth.as(name, PASSWORD).get("/api/v1/org-units").then().statusCode(401);
        ConsoleAuth.as(name, "another-password-456").get("/api/v1/org-units").then().statusCode(200);
    }

    @Inject
    jakarta.persistence.EntityManager em;

    void setHashBehindTheServicesBack(long id) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE console_user SET password_hash = ?1 WHERE id = ?2")
                .setParameter(1, org.sakhiline.access.ConsoleUser.hash("yet-another-password")).setParameter(2, id).executeUpdate());
    }

    private String newUser() {
        String name = "signin-" + BooksFixtures.unique("u").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        users.create(name, PASSWORD, ConsoleRole.ADMIN, null, "Sign-in test");
        return name;
    }

    static Response formSignIn(String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }
}
