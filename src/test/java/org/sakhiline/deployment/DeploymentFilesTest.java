package org.sakhiline.deployment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The deployment files against the application they deploy: every YAML parses; probes call health paths this
 * service answers, on the port it listens on; every environment variable the files set is one the service reads
 * (a typo there is a setting silently ignored in production); the Kubernetes objects point at each other by the
 * right names (MaxScale, the primary Service, Secrets).
 */
@QuarkusTest
class DeploymentFilesTest {

    static final Path DEPLOYMENT = Path.of("deployment");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Read by the container image's run-java.sh or the systemd unit, not by the service's configuration. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND");
    /**
     * Settings the galera branch adds (migrations once per deploy) and this branch deploys with. After the merge
     * they are in application.properties and this list can go.
     */
    private static final Set<String> FROM_GALERA = Set.of("SAKHILINE_MIGRATE_AT_START", "SAKHILINE_MIGRATE_ONLY");

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.size() >= 10, "deployment/ has its manifests: " + files);
        for (Path f : files) {
            assertFalse(documents(f).isEmpty(), f + " has no document");
        }
    }

    @Test
    void kubernetesProbesAndPortsMatchTheService() throws IOException {
        JsonNode deployment = only(Path.of("kubernetes/deployment.yaml"), "Deployment");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        int http = port(container, "http");
        int management = port(container, "management");
        assertEquals(intSetting("quarkus.http.port"), http);
        assertEquals(intSetting("quarkus.management.port"), management);
        assertEquals(String.valueOf(management), deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode get = container.get(probe).get("httpGet");
            assertEquals("http", get.get("port").asText(), probe + " on the service port, where health is served");
            String path = get.get("path").asText();
            given().get(path).then().statusCode(200);
        }
        assertTrue(container.at("/resources/requests/cpu").isTextual(), "CPU request: the HPA scales against it");
        int grace = deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt();
        JsonNode config = only(Path.of("kubernetes/configmap.yaml"), "ConfigMap").get("data");
        long drain = seconds(config.get("SAKHILINE_SHUTDOWN_DELAY").asText()) + seconds(config.get("SAKHILINE_SHUTDOWN_TIMEOUT").asText());
        assertTrue(drain < grace, "drain (" + drain + " s) ends before the kubelet's SIGKILL (" + grace + " s)");
        JsonNode hpa = only(Path.of("kubernetes/hpa.yaml"), "HorizontalPodAutoscaler");
        assertEquals(deployment.at("/metadata/name").asText(), hpa.at("/spec/scaleTargetRef/name").asText());
        assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
        JsonNode pdb = only(Path.of("kubernetes/pdb.yaml"), "PodDisruptionBudget");
        assertEquals(deployment.at("/spec/selector/matchLabels"), pdb.at("/spec/selector/matchLabels"));
    }

    @Test
    void theDatabaseIsAGaleraClusterReachedThroughItsPrimary() throws IOException {
        Path file = Path.of("kubernetes/mariadb-galera.yaml");
        JsonNode mariadb = only(file, "MariaDB");
        assertTrue(mariadb.at("/spec/galera/enabled").asBoolean());
        assertEquals(3, mariadb.at("/spec/replicas").asInt());
        JsonNode maxscale = only(file, "MaxScale");
        assertEquals(maxscale.at("/metadata/name").asText(), mariadb.at("/spec/maxScaleRef/name").asText());
        assertEquals(mariadb.at("/metadata/name").asText(), maxscale.at("/spec/mariaDbRef/name").asText());
        assertEquals("galeramon", maxscale.at("/spec/monitor/module").asText());
        JsonNode router = maxscale.at("/spec/services/0");
        assertEquals("master", router.at("/params/router_options").asText(), "every connection to the primary");
        String url = only(Path.of("kubernetes/configmap.yaml"), "ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
        assertTrue(url.startsWith("jdbc:mariadb://" + maxscale.at("/metadata/name").asText() + ":"
                + router.at("/listener/port").asText() + "/"), url);
        JsonNode job = only(Path.of("kubernetes/migrate-job.yaml"), "Job");
        String jobUrl = env(job.at("/spec/template/spec/containers/0"), "QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(jobUrl.startsWith("jdbc:mariadb://" + mariadb.at("/metadata/name").asText() + "-primary:"), jobUrl);
        assertEquals("true", env(job.at("/spec/template/spec/containers/0"), "SAKHILINE_MIGRATE_ONLY"));
        JsonNode user = only(file, "User");
        assertTrue(user.at("/spec/maxUserConnections").asInt() >= 8 * (intSetting("quarkus.datasource.jdbc.max-size")
                + intSetting("quarkus.datasource.hops.jdbc.max-size") + intSetting("quarkus.datasource.outbox.jdbc.max-size")
                + intSetting("sakhiline.hops.write-connections")), "connections for 8 instances (the HPA's max)");
        Set<String> secrets = new HashSet<>();
        for (JsonNode s : documents(Path.of("kubernetes/secret.yaml"))) {
            secrets.add(s.at("/metadata/name").asText());
        }
        assertTrue(secrets.contains(user.at("/spec/passwordSecretKeyRef/name").asText()));
        assertTrue(secrets.contains(mariadb.at("/spec/rootPasswordSecretKeyRef/name").asText()));
    }

    @Test
    void everyVariableTheFilesSetIsOneTheServiceReads() throws IOException {
        Set<String> set = new TreeSet<>();
        for (Path f : List.of(Path.of("kubernetes/deployment.yaml"), Path.of("kubernetes/migrate-job.yaml"))) {
            for (JsonNode doc : documents(f)) {
                for (JsonNode c : doc.at("/spec/template/spec/containers")) {
                    c.path("env").forEach(e -> set.add(e.get("name").asText()));
                }
            }
        }
        only(Path.of("kubernetes/configmap.yaml"), "ConfigMap").get("data").fieldNames().forEachRemaining(set::add);
        named(Path.of("kubernetes/secret.yaml"), "sakhiline").get("stringData").fieldNames().forEachRemaining(set::add);
        JsonNode compose = documents(Path.of("compose.yaml")).get(0);
        compose.at("/x-sakhiline/environment").fieldNames().forEachRemaining(set::add);
        compose.at("/services/migrate/environment").fieldNames().forEachRemaining(set::add);
        set.remove("<<"); // a YAML merge key (the instances' shared settings), not a variable
        for (String line : Files.readAllLines(DEPLOYMENT.resolve("systemd/sakhiline.env"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                set.add(line.substring(0, line.indexOf('=')));
            }
        }
        Set<String> known = readByTheService();
        List<String> unknown = new ArrayList<>();
        for (String name : set) {
            if (!known.contains(name) && !LAUNCHER_VARIABLES.contains(name) && !FROM_GALERA.contains(name)) {
                unknown.add(name);
            }
        }
        assertEquals(List.of(), unknown, "variables the service never reads (known: " + known.size() + " names)");
        assertTrue(set.size() > 20, "the files were read: " + set);
    }

    @Test
    void haproxyChecksTheReadinessThisServiceAnswers() throws IOException {
        String cfg = Files.readString(DEPLOYMENT.resolve("haproxy/haproxy.cfg"));
        Matcher check = Pattern.compile("option httpchk GET (\\S+)").matcher(cfg);
        assertTrue(check.find());
        given().get(check.group(1)).then().statusCode(200);
        JsonNode compose = documents(Path.of("compose.yaml")).get(0);
        Matcher server = Pattern.compile("(?m)^\\s*server \\S+ ([a-z0-9-]+):(\\d+)").matcher(cfg);
        int servers = 0;
        while (server.find()) {
            servers++;
            assertTrue(compose.at("/services").has(server.group(1)), "HAProxy names a compose service: " + server.group(1));
            assertEquals(intSetting("quarkus.http.port"), Integer.parseInt(server.group(2)));
        }
        assertEquals(2, servers, "two instances behind HAProxy");
    }

    /**
     * Names the service reads: every {@code ${NAME}} in application.properties and the environment form of every
     * configuration property it has (SmallRye maps SAKHILINE_TWILIO_AUTH_TOKEN to sakhiline.twilio.auth-token).
     */
    static Set<String> readByTheService() throws IOException {
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(
                Files.readString(Path.of("src/main/resources/application.properties")));
        while (m.find()) {
            names.add(m.group(1));
        }
        for (String property : ConfigProvider.getConfig().getPropertyNames()) {
            String plain = property.startsWith("%") ? property.substring(property.indexOf('.') + 1) : property;
            names.add(plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return names;
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(DEPLOYMENT)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    static List<JsonNode> documents(Path file) throws IOException {
        Path path = file.startsWith(DEPLOYMENT) ? file : DEPLOYMENT.resolve(file);
        List<JsonNode> docs = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(path.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static JsonNode only(Path file, String kind) throws IOException {
        JsonNode found = null;
        for (JsonNode doc : documents(file)) {
            if (kind.equals(doc.path("kind").asText())) {
                assertTrue(found == null, "one " + kind + " in " + file);
                found = doc;
            }
        }
        assertTrue(found != null, "a " + kind + " in " + file);
        return found;
    }

    private static int port(JsonNode container, String name) {
        for (Iterator<JsonNode> it = container.get("ports").elements(); it.hasNext(); ) {
            JsonNode p = it.next();
            if (name.equals(p.get("name").asText())) {
                return p.get("containerPort").asInt();
            }
        }
        throw new AssertionError("no port " + name);
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (name.equals(e.get("name").asText())) {
                return e.path("value").asText();
            }
        }
        throw new AssertionError("no env " + name);
    }

    /** As application.properties declares it (at run time in tests the HTTP port is a random test port). */
    private static int intSetting(String name) {
        Properties declared = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            declared.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = declared.getProperty(name);
        assertTrue(value != null, name + " in application.properties");
        return Integer.parseInt(value.strip());
    }

    private static JsonNode named(Path file, String name) throws IOException {
        for (JsonNode doc : documents(file)) {
            if (name.equals(doc.at("/metadata/name").asText())) {
                return doc;
            }
        }
        throw new AssertionError("no " + name + " in " + file);
    }

    private static long seconds(String duration) {
        assertTrue(duration.matches("\\d+s"), duration);
        return Long.parseLong(duration.substring(0, duration.length() - 1));
    }
}
