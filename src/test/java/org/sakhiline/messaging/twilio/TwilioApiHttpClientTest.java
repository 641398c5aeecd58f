package org.sakhiline.messaging.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.rest.Domains;
import org.junit.jupiter.api.Test;

class TwilioApiHttpClientTest {

    private static Request messagesRequest() {
        Request r = new Request(HttpMethod.POST, Domains.API.toString(), "/2010-04-01/Accounts/AC1/Messages.json");
        r.addQueryParam("PageSize", "5");
        return r;
    }

    @Test
    void twilioHostsAreRewrittenToTheConfiguredBase() {
        TwilioApiHttpClient client = new TwilioApiHttpClient("http://127.0.0.1:4567/", 2);
        assertEquals("http://127.0.0.1:4567/2010-04-01/Accounts/AC1/Messages.json?PageSize=5",
                client.target(messagesRequest()));
    }

    @Test
    void withoutABaseTheSdkUrlIsKept() {
        TwilioApiHttpClient client = new TwilioApiHttpClient(null, 2);
        assertEquals("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?PageSize=5",
                client.target(messagesRequest()));
    }

    @Test
    void otherHostsAreNotTouched() {
        TwilioApiHttpClient client = new TwilioApiHttpClient("http://127.0.0.1:4567", 2);
        assertEquals("https://media.example.org/x", client.target(new Request(HttpMethod.GET, "https://media.example.org/x")));
    }

    @Test
    void aRewrittenRequestKeepsItsHostAndItsParameters() {
        TwilioApiHttpClient client = new TwilioApiHttpClient("http://stub.test:8080", 2);
        Request original = messagesRequest();
        original.addPostParam("To", "+919812345678");
        original.setAuth("AC1", "token");
        Request copy = client.rewrite(original);
        assertEquals("http://stub.test:8080/2010-04-01/Accounts/AC1/Messages.json?PageSize=5",
                copy.constructURL().toString());
        assertEquals(java.util.List.of("+919812345678"), copy.getPostParams().get("To"));
        assertEquals(original.getAuthString(), copy.getAuthString());
    }

    @Test
    void theLatencyTagNamesTheApiCollectionNeverAnId() {
        assertEquals("Messages", TwilioApiHttpClient.resourceOf("https://api.twilio.com/2010-04-01/Accounts/AC1f2e/Messages.json"));
        assertEquals("Calls", TwilioApiHttpClient.resourceOf("https://api.twilio.com/2010-04-01/Accounts/AC1f2e/Calls.json?x=1"));
        assertEquals("other", TwilioApiHttpClient.resourceOf(
                "https://api.twilio.com/2010-04-01/Accounts/AC1f2e/Messages/SM0123456789abcdef.json"));
        assertEquals("other", TwilioApiHttpClient.resourceOf(null));
    }
}
