package org.sakhiline.testing;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signing in as the console's users from tests: HTTP Basic for the JSON API, the real form login for pages. */
public final class ConsoleAuth {

    /** The bootstrap administrator of the %test profile (application.properties). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]+)\"");

    private ConsoleAuth() {
    }

    /** A JSON API call as the administrator. */
    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }

    /**
     * A browser-like session: signs in through the login form and keeps the cookies (sign-in and CSRF)
     * for every later request made with {@link Session#given()}.
     */
    public static Session signIn(String username, String password) {
        CookieFilter cookies = new CookieFilter();
        given().filter(cookies).redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302);
        return new Session(cookies);
    }

    public static Session signInAsAdmin() {
        return signIn(ADMIN, ADMIN_PASSWORD);
    }

    public record Session(CookieFilter cookies) {

        public RequestSpecification given() {
            return io.restassured.RestAssured.given().filter(cookies).redirects().follow(false);
        }

        /** The CSRF token of the form on a console page (fetching the page also sets the CSRF cookie). */
        public String csrfFrom(String pagePath) {
            Response page = given().get(pagePath);
            page.then().statusCode(200);
            Matcher m = CSRF_FIELD.matcher(page.asString());
            if (!m.find()) {
                throw new AssertionError("no CSRF field on " + pagePath);
            }
            return m.group(1);
        }
    }
}
