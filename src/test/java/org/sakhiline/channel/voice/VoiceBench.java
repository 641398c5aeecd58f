package org.sakhiline.channel.voice;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.sakhiline.testing.BooksFixtures;
import org.sakhiline.testing.TwilioSignatures;
import org.sakhiline.testing.TwilioStubResource;

/**
 * Benchmark, not part of the suite (the name does not end in Test): {@code bench.calls} balance calls
 * ({@code bench.concurrency} at a time), each four signed hops like Twilio's: call webhook (main
 * menu), "1" (PIN prompt), the PIN (balance in words), "0" (back to the menu). Reports TwiML
 * responses per second and latency percentiles per hop. Run with {@code bench/voice.sh}.
 */
@QuarkusTest
@QuarkusTestResource(TwilioStubResource.class)
class VoiceBench {

    private static final Logger LOG = Logger.getLogger(VoiceBench.class);
    private static final String PUBLIC = "https://sakhiline.test";

    @Inject
    VoiceFixtures fixtures;

    @TestHTTPResource("/")
    URI local;

    @Test
    void balanceCalls() throws Exception {
        int calls = Integer.getInteger("bench.calls", 1000);
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        int members = Math.min(calls, 200);
        List<String> phones = new ArrayList<>();
        long shg = fixtures.shg();
        for (int i = 0; i < members; i++) {
            String phone = BooksFixtures.phone();
            fixtures.member(shg, "Member " + i, null, "hi", phone, "1234", 1_25_300 + i);
            phones.add(phone);
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        String[] hops = {"call", "1", "pin", "0"};
        List<List<Long>> latencies = new ArrayList<>();
        for (int h = 0; h < hops.length; h++) {
            latencies.add(Collections.synchronizedList(new ArrayList<>()));
        }
        // Warm-up: JIT, connection pool, flow cache.
        runCalls(http, phones, Math.min(100, calls), concurrency, null);
        long t0 = System.nanoTime();
        runCalls(http, phones, calls, concurrency, latencies);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int responses = calls * hops.length;
        StringBuilder sb = new StringBuilder(String.format("BENCH voice: %d balance calls (%d TwiML responses), concurrency %d,"
                + " %.1f s, %.0f responses/s;", calls, responses, concurrency, seconds, responses / seconds));
        List<Long> all = new ArrayList<>();
        for (int h = 0; h < hops.length; h++) {
            List<Long> l = new ArrayList<>(latencies.get(h));
            all.addAll(l);
            sb.append(String.format(" %s p50 %.1f ms p99 %.1f ms;", hops[h], pct(l, 50), pct(l, 99)));
        }
        sb.append(String.format(" all hops p50 %.1f ms p99 %.1f ms max %.1f ms", pct(all, 50), pct(all, 99), pct(all, 100)));
        LOG.info(sb);
    }

    private void runCalls(HttpClient http, List<String> phones, int calls, int concurrency, List<List<Long>> latencies)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String phone = phones.get(i % phones.size());
                futures.add(pool.submit(() -> {
                    call(http, phone, latencies);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void call(HttpClient http, String phone, List<List<Long>> latencies) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioStubResource.ACCOUNT_SID);
        form.put("CallSid", org.sakhiline.testing.TwilioVoiceDriver.callSid());
        form.put("CallStatus", "in-progress");
        form.put("Direction", "inbound");
        form.put("From", phone);
        form.put("To", TwilioStubResource.FROM);
        hop(http, "/voice/twilio", form, latencies, 0, "<Gather");
        form.put("Digits", "1");
        hop(http, "/voice/twilio/gather", form, latencies, 1, "finishOnKey=\"#\"");
        form.put("Digits", "1234");
        hop(http, "/voice/twilio/gather", form, latencies, 2, "रुपये");
        form.put("Digits", "0");
        hop(http, "/voice/twilio/gather", form, latencies, 3, "<Gather");
    }

    private void hop(HttpClient http, String path, Map<String, String> form, List<List<Long>> latencies, int index,
                     String expect) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(local.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignatures.sign(TwilioStubResource.AUTH_TOKEN, PUBLIC + path, form))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - t;
        if (r.statusCode() != 200 || !r.body().contains(expect)) {
            throw new IllegalStateException("hop " + index + " answered " + r.statusCode() + ": " + r.body());
        }
        if (latencies != null) {
            latencies.get(index).add(took);
        }
    }

    private static double pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
