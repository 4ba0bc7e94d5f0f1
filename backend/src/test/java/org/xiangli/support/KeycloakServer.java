package org.xiangli.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real Keycloak for integration tests, with the demo realm {@code xiangli}
 * (backend/keycloak/xiangli-realm.json). Security is only worth testing against the issuer that
 * will sign production tokens, and there is no Docker here, so this starts the Keycloak
 * distribution the build unpacks into {@code backend/target/keycloak} on 127.0.0.1:8180
 * (management 9180) and stops it when the JVM exits. A Keycloak already answering there with the
 * realm is reused and left alone, so a developer can keep one running between test runs.
 *
 * <p>Plain JDK on purpose: it must not depend on the Spring context it helps to test.
 */
public final class KeycloakServer {

    private static final String BASE_URL = "http://127.0.0.1:8180";
    private static final String REALM = "xiangli";
    private static final String READY_URL = "http://127.0.0.1:9180/health/ready";
    private static final String DISTRIBUTION = "keycloak-26.7.3";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static KeycloakServer shared;
    private static RuntimeException startFailure;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private KeycloakServer() {
    }

    /**
     * The Keycloak of this test run: the one already listening on 8180, or one started now and
     * stopped by a shutdown hook. A failed start is remembered, so later test classes fail at once
     * instead of waiting again.
     */
    public static synchronized KeycloakServer shared() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (shared == null) {
            KeycloakServer server = new KeycloakServer();
            if (!server.answers(server.issuer() + "/.well-known/openid-configuration")) {
                try {
                    server.start();
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
            }
            shared = server;
        }
        return shared;
    }

    public String issuer() {
        return BASE_URL + "/realms/" + REALM;
    }

    public String baseUrl() {
        return BASE_URL;
    }

    /**
     * Lets the dashboard client sign users in from another origin (a test server's random port):
     * adds its redirect URI and web origin to the realm's {@code xiangli-dashboard} client.
     */
    public synchronized void allowDashboardAt(String origin) {
        String admin = adminToken();
        HttpResponse<String> found = send(HttpRequest.newBuilder(
                        URI.create(BASE_URL + "/admin/realms/" + REALM + "/clients?clientId=xiangli-dashboard"))
                .header("Authorization", "Bearer " + admin).GET().build());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(found.body());
        if (found.statusCode() != 200 || !id.find()) {
            throw new IllegalStateException("No xiangli-dashboard client in realm " + REALM + ": " + found.body());
        }
        String client = found.body().substring(1, found.body().length() - 1);
        if (client.contains("\"" + origin + "/*\"")) {
            return;
        }
        String updated = client
                .replaceFirst("\"redirectUris\"\\s*:\\s*\\[", "\"redirectUris\":[\"" + origin + "/*\",")
                .replaceFirst("\"webOrigins\"\\s*:\\s*\\[", "\"webOrigins\":[\"" + origin + "\",");
        HttpResponse<String> put = send(HttpRequest.newBuilder(
                        URI.create(BASE_URL + "/admin/realms/" + REALM + "/clients/" + id.group(1)))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(updated)).build());
        if (put.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the dashboard origin " + origin + ": " + put.statusCode() + " " + put.body());
        }
    }

    public String tokenEndpoint(String realm) {
        return BASE_URL + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    /** An access token of a realm user, through the password grant of the public client xiangli-cli. */
    public String passwordToken(String username, String password) {
        return grant(REALM, Map.of("grant_type", "password", "client_id", "xiangli-cli",
                "username", username, "password", password));
    }

    /** An access token of a confidential client's service account (client-credentials grant). */
    public String clientToken(String clientId, String secret) {
        return grant(REALM, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** An access token of the bootstrap admin (realm master, client admin-cli) for the admin REST API. */
    public String adminToken() {
        return grant("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
    }

    /**
     * A token of a demo user that expires after the given seconds, from a public client created for
     * that lifespan through the admin API (once per lifespan), for tests of expiry.
     */
    public synchronized String shortLivedToken(String username, int lifespanSeconds) {
        String clientId = "short-lived-" + lifespanSeconds + "s";
        if (shortLivedClients.add(clientId)) {
            int status = post(BASE_URL + "/admin/realms/" + REALM + "/clients", adminToken(), """
                    {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true, "standardFlowEnabled": false,
                     "attributes": {"access.token.lifespan": "%d"},
                     "defaultClientScopes": ["basic", "roles", "profile", "xiangli"]}""".formatted(clientId, lifespanSeconds));
            if (status != 201 && status != 409) {
                throw new IllegalStateException("Keycloak refused to create client " + clientId + ": " + status);
            }
        }
        return grant(REALM, Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", "demo"));
    }

    private final java.util.Set<String> shortLivedClients = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** POSTs JSON with a bearer token (e.g. to the admin REST API) and returns the status code. */
    public int post(String url, String bearer, String jsonBody) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return send(request).statusCode();
    }

    /** Any grant at a realm's token endpoint (the form as Keycloak takes it); returns the access token. */
    public String grant(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint(realm)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = send(request);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak refused the %s grant for %s in realm %s: %d %s".formatted(
                    form.get("grant_type"), form.getOrDefault("username", form.get("client_id")), realm,
                    response.statusCode(), response.body()));
        }
        return token.group(1);
    }

    private void start() {
        for (int port : new int[] {8180, 9180}) {
            if (listening(port)) {
                throw new IllegalStateException(("127.0.0.1:%d is taken, but not by a Keycloak with realm %s at %s."
                        + " Stop it, or start that Keycloak with --import-realm.").formatted(port, REALM, BASE_URL));
            }
        }
        Path home = existing("xiangli.keycloak.home",
                "Run ./mvnw -pl backend process-test-resources (the build unpacks the Keycloak distribution)",
                "target/keycloak/" + DISTRIBUTION, "backend/target/keycloak/" + DISTRIBUTION);
        Path realm = existing("xiangli.keycloak.realm", "Run the tests from the repository root or from backend/",
                "keycloak/xiangli-realm.json", "backend/keycloak/xiangli-realm.json");
        Path script = home.resolve("bin/kc.sh");
        Path log = home.resolveSibling("keycloak.log");
        Process process;
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("xiangli-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            script.toFile().setExecutable(true);
            ProcessBuilder builder = new ProcessBuilder(script.toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=8180", "--hostname=" + BASE_URL,
                    "--http-management-port=9180", "--health-enabled=true", "--db=dev-mem", "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak from " + home + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "keycloak-stop"));
        System.out.println("Starting Keycloak from " + home + " (log: " + log + ")");
        awaitReady(process, log);
    }

    private void awaitReady(Process process, Path log) {
        long started = System.nanoTime();
        long nextReport = 10;
        while (!(answers(READY_URL) && answers(issuer() + "/.well-known/openid-configuration"))) {
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code %d after %d s. Last lines of %s:%n%s"
                        .formatted(process.exitValue(), seconds, log, tail(log)));
            }
            if (seconds >= START_TIMEOUT.toSeconds()) {
                String tail = tail(log);
                stop(process);
                throw new IllegalStateException("Keycloak was not ready after %d s. Last lines of %s:%n%s"
                        .formatted(seconds, log, tail));
            }
            if (seconds >= nextReport) {
                System.out.println("Waiting for Keycloak … " + seconds + " s");
                nextReport += 10;
            }
            sleep(Duration.ofMillis(500));
        }
        System.out.println("Keycloak ready after " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
    }

    /** kc.sh runs Java as its child, so both get the signal; whatever is left after 20 s is killed. */
    private static void stop(Process process) {
        List<ProcessHandle> all = process.descendants().collect(Collectors.toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private boolean answers(String url) {
        try {
            // generous: on a loaded machine a running Keycloak may take seconds to answer, and a slow answer must not read as "not Keycloak"
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + url, e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    /** The path the system property names, else the first candidate (relative to the working directory) that exists. */
    private static Path existing(String property, String hint, String... candidates) {
        String configured = System.getProperty(property);
        List<Path> paths = configured != null
                ? List.of(Path.of(configured))
                : Arrays.stream(candidates).map(Path::of).toList();
        return paths.stream().filter(Files::exists).findFirst().map(Path::toAbsolutePath).orElseThrow(() ->
                new IllegalStateException("Keycloak for the integration tests: none of %s exists (working directory %s). "
                        .formatted(paths, Path.of("").toAbsolutePath()) + hint + ", or set -D" + property + "."));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
