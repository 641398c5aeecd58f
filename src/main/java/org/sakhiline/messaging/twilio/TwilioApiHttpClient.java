package org.sakhiline.messaging.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.time.Duration;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The Twilio SDK's HTTP client with two changes: API calls can be aimed at another base URL (the SDK
 * has no such setting; tests use a local stub), and the SDK's own retry of 5xx answers is off, because
 * the outbox retries with backoff and must be the only one deciding.
 */
public class TwilioApiHttpClient extends HttpClient {

    private final NetworkHttpClient delegate;
    private final URI baseUrl;

    /**
     * @param apiBaseUrl  replaces {@code https://<anything>.twilio.com} when not null
     * @param maxConnections connection pool size; at least the number of threads sending at once
     */
    public TwilioApiHttpClient(String apiBaseUrl, int maxConnections) {
        this(apiBaseUrl, maxConnections, Duration.ofSeconds(15));
    }

    /**
     * @param sendTimeout the longest a request may take: 5 s (at most a third) to connect, the rest to
     *                    answer. The outbox only starts a send while its lease has this long to run; the SDK's
     *                    own defaults (10 s + 30.5 s) would outlast a short lease.
     */
    public TwilioApiHttpClient(String apiBaseUrl, int maxConnections, Duration sendTimeout) {
        this.baseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? null : URI.create(apiBaseUrl.strip());
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setDefaultMaxPerRoute(maxConnections);
        pool.setMaxTotal(maxConnections * 2);
        pool.setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG);
        this.delegate = new NetworkHttpClient(HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig(sendTimeout)));
    }

    static RequestConfig requestConfig(Duration sendTimeout) {
        int total = (int) Math.max(1_000, sendTimeout.toMillis());
        int connect = Math.min(5_000, total / 3);
        return RequestConfig.custom().setConnectTimeout(connect).setConnectionRequestTimeout(connect)
                .setSocketTimeout(total - connect).build();
    }

    @Override
    public Response makeRequest(Request request) {
        return delegate.makeRequest(baseUrl == null ? request : rewrite(request));
    }

    @Override
    protected boolean shouldRetry(Response response, int[] retryCodes) {
        return false;
    }

    /** The URL the request would go to, with scheme, host and port taken from the base URL. */
    String target(Request request) {
        URL original = request.constructURL();
        if (baseUrl == null || !isTwilioHost(original.getHost())) {
            return original.toString();
        }
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String file = original.getFile(); // path plus query
        return base + file;
    }

    Request rewrite(Request request) {
        String target = target(request);
        Request copy = new FixedUrlRequest(request.getMethod(), target);
        copy.setContentType(request.getContentType());
        if (request.getBody() != null) {
            copy.setBody(request.getBody());
        }
        copyInto(request.getPostParams(), copy::addPostParam);
        copyInto(request.getHeaderParams(), copy::addHeaderParam);
        // Query parameters are already in the target URL (constructURL added them).
        if (request.getAuthStrategy() != null) {
            copy.setAuth(request.getAuthStrategy());
        } else if (request.getUsername() != null) {
            copy.setAuth(request.getUsername(), request.getPassword());
        }
        return copy;
    }

    private static void copyInto(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                add.accept(e.getKey(), v);
            }
        }
    }

    /**
     * The SDK rebuilds a request's host from its dot-separated labels (product, edge, region, domain),
     * which garbles some hosts (a two-label name gains a label); a rewritten request keeps its URL as is.
     */
    private static final class FixedUrlRequest extends Request {
        private final URL fixed;

        FixedUrlRequest(com.twilio.http.HttpMethod method, String url) {
            super(method, url);
            try {
                this.fixed = URI.create(url).toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException("bad Twilio API URL " + url, e);
            }
        }

        @Override
        public URL constructURL() {
            return fixed;
        }
    }

    private static boolean isTwilioHost(String host) {
        return host.equals("twilio.com") || host.endsWith(".twilio.com");
    }
}
