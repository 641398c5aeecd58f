package org.sakhiline.channel;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Refuses an oversized body on every inbound webhook (USSD gateways, Twilio SMS and voice, their status
 * callbacks) before anything reads it: 413 with one log line. A real hop or webhook is well under a
 * kilobyte; without this a stranger's megabyte reached the form decoder, which answered with a 500 and a
 * page of stack traces per request. A body without a declared length (chunked) is refused with 411:
 * the gateways and Twilio always declare it, and a length we cannot see is a length we cannot bound.
 */
@ApplicationScoped
public class WebhookBodyLimit {

    private static final Logger LOG = Logger.getLogger(WebhookBodyLimit.class);
    /** Inbound protocol paths; the audio files Twilio fetches are GETs and have no body. */
    static final List<String> PATHS = List.of("/ussd/*", "/sms/*", "/voice/twilio*");
    /** Before RESTEasy Reactive's route and before anything reads the body. */
    private static final int ORDER = -1000;

    private final WebhookLimitsConfig config;

    public WebhookBodyLimit(WebhookLimitsConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        for (String path : PATHS) {
            router.route(path).order(ORDER).handler(this::check);
        }
    }

    void describe(@Observes StartupEvent event) {
        LOG.debugf("webhook bodies limited to %d bytes on %s", config.maxBodyBytes(), PATHS);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = length == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING, "chunked", true);
        long declared = parse(length);
        if (!chunked && ((declared >= 0 && declared <= config.maxBodyBytes()) || length == null)) {
            readWhole(ctx); // within the limit, or no body at all (a GET, an empty POST)
            return;
        }
        int status = chunked ? 411 : 413;
        LOG.warnf("webhook %s refused with %d: body of %s bytes (limit %d)", request.path(), status,
                chunked ? "undeclared" : length, config.maxBodyBytes());
        // Close the connection: the rest of the body is never read.
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain").end(status == 413 ? "request too large" : "length required");
    }

    /**
     * Reads the (bounded) body here and checks its percent-encoding before RESTEasy's form decoder sees it:
     * that decoder throws on a broken escape or bytes that are no UTF-8, and on the I/O thread the exception
     * escaped every handler and left the request unanswered. RESTEasy takes the body already read from here.
     */
    private void readWhole(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!FormEncoding.valid(request.query())) {
            refuse(ctx, "query");
            return;
        }
        request.body().onComplete(read -> {
            if (read.failed()) {
                ctx.fail(400, read.cause());
                return;
            }
            Buffer body = read.result();
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                    && !FormEncoding.valid(body.toString(StandardCharsets.ISO_8859_1))) {
                refuse(ctx, "body");
                return;
            }
            ctx.setBody(body);
            ctx.next();
        });
        request.resume(); // Quarkus hands requests over paused
    }

    private static void refuse(RoutingContext ctx, String part) {
        LOG.warnf("webhook %s refused with 400: malformed percent-encoding or UTF-8 in the %s", ctx.request().path(), part);
        ctx.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain").end("malformed form encoding");
    }

    private static long parse(String length) {
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // unparseable: refused as too large
        }
    }

    @ConfigMapping(prefix = "sakhiline.webhooks")
    public interface WebhookLimitsConfig {
        /** Largest body a webhook accepts (Twilio's largest, an SMS of 1600 characters, is ~6 KB encoded). */
        @WithDefault("32768")
        long maxBodyBytes();
    }
}
