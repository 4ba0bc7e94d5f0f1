package org.xiangli.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.xiangli.support.ApiTest;
import org.xiangli.support.KeycloakServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's end-to-end tests (frontend/e2e, Playwright driving Debian's Chromium) against
 * this run's application: the dashboard as the API serves it, Keycloak's own login form, the
 * run's MariaDB database with the demo data, the real Mosquitto. Screenshots land in
 * frontend/e2e/screenshots, the Playwright output in backend/target/dashboard-e2e.log.
 *
 * <p>An integration test (failsafe, after the unit and API tests): a JVM and a database of its own
 * hold only the demo data and what these tests create, and no other application context of the
 * run takes its MQTT events.
 */
@TestPropertySource(properties = {
        // the pool test waits out a township's public notice before the county decides
        "xiangli.pool.notice-period=90s",
        // the console shows alerts becoming overdue, as the operator's job does
        "xiangli.eldercare.schedule.enabled=true"})
class DashboardEndToEndIT extends ApiTest {

    private static final Path FRONTEND = Path.of(System.getProperty("xiangli.frontend.directory", "../frontend"));

    @Test
    void everyRoleWorksInTheDashboard() throws Exception {
        String origin = "http://127.0.0.1:" + port;
        KeycloakServer.shared().allowDashboardAt(origin);

        Path log = Files.createDirectories(Path.of("target")).resolve("dashboard-e2e.log");
        List<String> command = new java.util.ArrayList<>(List.of("npx", "playwright", "test"));
        String specs = System.getProperty("xiangli.e2e.specs", ""); // e.g. -Dxiangli.e2e.specs=talents to run e2e/talents.spec.ts alone
        if (!specs.isBlank()) {
            command.addAll(List.of(specs.split(",")));
        }
        ProcessBuilder playwright = new ProcessBuilder(command)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright.environment().put("XIANGLI_E2E_BASE_URL", origin + "/");
        playwright.environment().put("XIANGLI_E2E_KEYCLOAK", KeycloakServer.shared().baseUrl());
        Process process = playwright.start();
        boolean finished = process.waitFor(40, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = tail(log);
        System.out.println(output);
        assertThat(finished).as("Playwright finished within 40 minutes; its output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("Playwright end-to-end tests; their output:%n%s", output).isZero();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 150), lines.size()));
    }
}
