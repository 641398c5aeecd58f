package org.sakhiline.messaging.exotel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sakhiline.messaging.DltConfig;
import org.sakhiline.messaging.MessagingConfig;
import org.sakhiline.messaging.OutboxMessage;
import org.sakhiline.messaging.SendResult;
import org.sakhiline.messaging.SmsEncoding;
import org.sakhiline.messaging.SmsRouting;
import org.sakhiline.messaging.SmsSender;
import org.sakhiline.messaging.twilio.PublicUrlConfig;

/**
 * Sends SMS through Exotel's "Send SMS" API: {@code POST https://<subdomain>/v1/Accounts/<sid>/Sms/send.json},
 * HTTP Basic with the API key and token, form fields From, To, Body, EncodingType, StatusCallback,
 * CustomField and, for Indian numbers, DltEntityId and DltTemplateId. The answer's SMSMessage.Sid is the
 * provider id that status callbacks name. Only documented fields are used (README lists them).
 *
 * <p>An Indian number without an entity id or template id is refused here, permanently: the operators
 * would drop it anyway, and a clear reason on the outbox row beats a silent loss.
 */
@ApplicationScoped
@Typed(ExotelSmsSender.class) // not an SmsSender bean itself: the outbox's comes from SmsRouting
public class ExotelSmsSender implements SmsSender {

    public static final String WEBHOOK_PATH = "/sms/exotel/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ExotelConfig exotel;

    @Inject
    DltConfig dlt;

    @Inject
    PublicUrlConfig publicUrl;

    /** Inside the outbox's send-timeout: a send never outlives its lease. */
    @Inject
    MessagingConfig messaging;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public boolean ready() {
        return exotel.canSend();
    }

    @Override
    public SendResult send(OutboxMessage m) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("From", exotel.senderId().orElseThrow());
        form.put("To", m.recipient);
        form.put("Body", m.body);
        form.put("EncodingType", m.encoding == SmsEncoding.UCS2 ? "unicode" : "plain");
        exotel.webhookSecret().ifPresent(secret -> form.put("StatusCallback",
                publicUrl.base() + WEBHOOK_PATH + secret + "/status"));
        form.put("CustomField", "outbox-" + m.id);
        if (SmsRouting.isIndian(m.recipient)) {
            if (dlt.entityId().isEmpty() || m.dltTemplateId == null) {
                return SendResult.permanent(null, "DLT: no " + (dlt.entityId().isEmpty() ? "sakhiline.dlt.entity-id"
                        : "template id for " + m.templateKey + " (" + m.language + ")") + "; operators drop such SMS");
            }
            form.put("DltEntityId", dlt.entityId().get());
            form.put("DltTemplateId", m.dltTemplateId);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(exotel.baseUrl() + "/v1/Accounts/"
                        + exotel.accountSid().orElseThrow() + "/Sms/send.json"))
                .timeout(messaging.sendTimeout().multipliedBy(2).dividedBy(3)) // with 5 s to connect: inside it
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((exotel.apiKey().orElseThrow()
                        + ":" + exotel.apiToken().orElseThrow()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return result(response.statusCode(), response.body());
        } catch (IOException e) {
            return SendResult.retryable(null, "Exotel unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retryable(null, "interrupted");
        }
    }

    /** 200/202 with an SMSMessage is accepted; 429, 5xx and auth failures are retried; other 4xx are final. */
    static SendResult result(int status, String body) {
        JsonNode root = parse(body);
        if (status == 200 || status == 202 || status == 201) {
            JsonNode sms = root.path("SMSMessage");
            String sid = sms.path("Sid").asText("");
            if (!sid.isBlank()) {
                return SendResult.accepted(sid, ExotelStatuses.normalise(sms.path("Status").asText("queued")));
            }
            return SendResult.retryable(status, "Exotel answered " + status + " without an SMSMessage.Sid");
        }
        String message = root.path("RestException").path("Message").asText("HTTP " + status);
        String error = "Exotel " + status + ": " + (message.length() > 300 ? message.substring(0, 300) : message);
        boolean retry = status == 429 || status >= 500 || status == 401 || status == 403;
        return retry ? SendResult.retryable(status, error) : SendResult.permanent(status, error);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
