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
 * A stand-in for Exotel's SMS API on 127.0.0.1: records every request and answers what the test scripted
 * for a recipient ("To"), else 200 with the documented {@code {"SMSMessage": {"Sid", "Status": "queued", …}}}
 * and a fresh 32-hex Sid. Nothing here ever reaches Exotel.
 */
public final class ExotelApiStub {

    /** One request as the stub saw it. */
    public record Received(String method, String path, Map<String, String> form, String authorization) {}

    /** A scripted answer: status and body (the body of a 200 is built by the stub when null). */
    public record Reply(int status, String body) {
        public static Reply restException(int status, String message) {
            return new Reply(status, "{\"RestException\": {\"Status\": " + status + ", \"Message\": \"" + message + "\"}}");
        }
    }

    private static volatile ExotelApiStub current;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final AtomicLong sids = new AtomicLong();

    private ExotelApiStub() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public static ExotelApiStub start() throws IOException {
        ExotelApiStub stub = new ExotelApiStub();
        stub.server.start();
        current = stub;
        return stub;
    }

    public static ExotelApiStub current() {
        return current;
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

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
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Deque<Reply> script = scripts.get(form.getOrDefault("To", ""));
            Reply reply = script == null ? null : script.pollFirst();
            int status = reply == null ? 200 : reply.status();
            String json = reply == null || reply.body() == null
                    ? "{\"SMSMessage\": {\"Sid\": \"" + String.format("%032x", sids.incrementAndGet() + 0xE0E0_0000L)
                    + "\", \"AccountSid\": \"" + ExotelStubResource.ACCOUNT_SID + "\", \"From\": \"" + form.get("From")
                    + "\", \"To\": \"" + form.get("To") + "\", \"Status\": \"queued\", \"Direction\": \"outbound-api\"}}"
                    : reply.body();
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
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
