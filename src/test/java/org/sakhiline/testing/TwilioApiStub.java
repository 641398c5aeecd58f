package org.sakhiline.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the Twilio REST API on 127.0.0.1: records every request and answers what the test
 * scripted for a recipient ("To"), else 201 with a fresh SID. Nothing here ever reaches Twilio.
 */
public final class TwilioApiStub {

    /**
     * One request as the stub saw it. {@code clientPort} is the caller's end of the TCP connection: two
     * requests with the same port came over the same pooled connection, so from the same HTTP client.
     */
    public record Received(String method, String path, Map<String, String> form, String authorization, int clientPort) {}

    /** A scripted answer; {@code delayMillis} holds it back (a slow provider). */
    public record Reply(int status, String body, String sid, long delayMillis) {
        public Reply(int status, String body, String sid) {
            this(status, body, sid, 0);
        }

        /** 201 with a fresh SID, answered only after {@code millis}: a send slower than the caller's lease. */
        public static Reply slow(long millis) {
            return new Reply(201, null, null, millis);
        }

        public static Reply created() {
            return new Reply(201, null, null);
        }

        public static Reply created(String sid) {
            return new Reply(201, null, sid);
        }

        public static Reply serverError() {
            return new Reply(500, "<html>Internal Server Error</html>", null);
        }

        public static Reply twilioError(int status, int code, String message) {
            return new Reply(status, "{\"code\": " + code + ", \"message\": \"" + message
                    + "\", \"more_info\": \"https://www.twilio.com/docs/errors/" + code + "\", \"status\": " + status + "}",
                    null);
        }
    }

    private static volatile TwilioApiStub current;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final AtomicLong sids = new AtomicLong();

    private TwilioApiStub(int threads) throws IOException {
        // Without TCP_NODELAY the JDK server's split header/body writes meet delayed ACKs: ~40 ms per call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public static TwilioApiStub start(int threads) throws IOException {
        TwilioApiStub stub = new TwilioApiStub(threads);
        stub.server.start();
        current = stub;
        return stub;
    }

    /** The stub the running test application was configured with. */
    public static TwilioApiStub current() {
        return current;
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers for the next requests to {@code to}, in order; after them, 201. */
    public void script(String to, Reply... replies) {
        scripts.computeIfAbsent(to, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(replies));
    }

    public void reset() {
        received.clear();
        scripts.clear();
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> receivedFor(String to) {
        return received.stream().filter(r -> to.equals(r.form().get("To"))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> form = parseForm(body);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), form,
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRemoteAddress().getPort()));
            Deque<Reply> script = scripts.get(form.getOrDefault("To", ""));
            Reply reply = script == null ? null : script.pollFirst();
            if (reply == null) {
                reply = Reply.created();
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis()); // the provider being slow, not the test waiting
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String json = reply.body();
            if (reply.status() == 201) {
                String sid = reply.sid() != null ? reply.sid() : String.format("SM%032x", sids.incrementAndGet());
                json = "{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"to\": \"" + form.get("To")
                        + "\", \"num_segments\": \"1\", \"direction\": \"outbound-api\"}";
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    json.startsWith("{") ? "application/json" : "text/html");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(k, v);
        }
        return form;
    }
}
