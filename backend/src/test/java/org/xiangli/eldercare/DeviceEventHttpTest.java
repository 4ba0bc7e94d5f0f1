package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP ingestion for integrators: the same validation and pipeline as MQTT, answered per event,
 * limited to the service account's scope.
 */
class DeviceEventHttpTest extends ElderCareApiTest {

    /** 上墅村, 安吉县: a demo village inside the demo integrator's scope (330523); no new region is added there. */
    private static final String SHANGSHU_VILLAGE = "330523200200";

    @Test
    void anIntegratorPostsEventsAndGetsAnAnswerPerEvent() {
        Household anji = household(SHANGSHU_VILLAGE, Map.of(), PLATFORM_ADMIN);
        Household linping = household(freshVillage());
        String pressed = newEventId();
        String body = "[" + String.join(",",
                event(pressed, anji.panic(), "PRESSED", Instant.now(), 80),
                event(pressed, anji.panic(), "PRESSED", Instant.now(), 80),
                "{\"eventId\":\"x\",\"serial\":\"" + anji.motion() + "\",\"type\":\"MOTION\"}",
                event(newEventId(), linping.panic(), "PRESSED", Instant.now(), 80),
                event(newEventId(), "DEMO-NOWHERE-" + unique(), "HEARTBEAT", Instant.now(), 80)) + "]";
        Map answer = post(INTEGRATOR, body).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(answer).containsEntry("accepted", 1).containsEntry("duplicates", 1).containsEntry("rejected", 3);
        List<Map> results = (List<Map>) answer.get("results");
        assertThat(results).extracting(r -> r.get("status"))
                .containsExactly("ACCEPTED", "DUPLICATE", "REJECTED", "REJECTED", "REJECTED");
        assertThat((String) results.get(2).get("reason")).contains("time is missing");
        assertThat(results.get(2)).as("the refused payload's own event id, so the sender can match the answer").containsEntry("eventId", "x");
        assertThat((String) results.get(3).get("reason")).contains("not a device in your scope");
        assertThat((String) results.get(4).get("reason")).contains("registered to no household");
        assertThat(count("SELECT COUNT(*) FROM alert a JOIN device d ON d.elder_id = a.elder_id WHERE d.serial = ? AND a.kind = 'PANIC'",
                anji.panic())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM alert a JOIN device d ON d.elder_id = a.elder_id WHERE d.serial = ?", linping.panic())).isZero();

        Map again = post(INTEGRATOR, "[" + event(pressed, anji.panic(), "PRESSED", Instant.now(), 80) + "]")
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again).containsEntry("duplicates", 1).containsEntry("accepted", 0);

        // a batch that hits the event-id index is written again with a look-up: the new event in it is not lost
        String fresh = newEventId();
        Map mixed = post(INTEGRATOR, "[" + event(pressed, anji.panic(), "PRESSED", Instant.now(), 80) + ","
                + event(fresh, anji.motion(), "MOTION", Instant.now(), 80) + "]")
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(mixed).containsEntry("duplicates", 1).containsEntry("accepted", 1);
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id = ?", fresh)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id = ?", pressed)).isEqualTo(1);
    }

    @Test
    void anEventTheDevicesKindDoesNotSendIsRefused() {
        Household anji = household(SHANGSHU_VILLAGE, Map.of(), PLATFORM_ADMIN);
        String moved = newEventId();
        Map answer = post(INTEGRATOR, "[" + event(moved, anji.panic(), "MOTION", Instant.now(), 80) + "]")
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(answer).containsEntry("accepted", 0).containsEntry("rejected", 1);
        Map result = ((List<Map>) answer.get("results")).getFirst();
        assertThat(result).containsEntry("eventId", moved);
        assertThat((String) result.get("reason")).contains("PANIC_BUTTON, which does not send MOTION");
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id = ?", moved)).isZero();
    }

    @Test
    void onlyIntegratorsAndAdminsMayPostAndTheBodyMustBeAnArray() {
        post(LINPING_OPERATOR, "[]").expectStatus().isForbidden();
        post(ANJI_SUPERVISOR, "[]").expectStatus().isForbidden();
        http.post().uri("/api/device-events").header("Content-Type", "application/json").bodyValue("[]").exchange()
                .expectStatus().isUnauthorized();
        post(INTEGRATOR, "{\"eventId\":\"a\"}").expectStatus().isBadRequest()
                .expectBody(Map.class).value(body -> assertThat((String) body.get("detail")).contains("JSON array"));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String user, String body) {
        return http.post().uri("/api/device-events").header("Authorization", "Bearer " + tokenOf(user))
                .header("Content-Type", "application/json").bodyValue(body).exchange();
    }
}
