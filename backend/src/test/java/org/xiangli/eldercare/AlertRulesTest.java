package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;
import org.xiangli.security.CurrentCaller;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each rule firing and not firing, evaluated at instants chosen by the test (Asia/Shanghai day and
 * night windows), visit mode muting behaviour rules but never PANIC, and absence rules firing once
 * per stretch.
 */
class AlertRulesTest extends ElderCareApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Two days ago, so events lie in the accepted past and every instant of that day can be evaluated. */
    private static final LocalDate DAY = LocalDate.now(SHANGHAI).minusDays(2);

    private static Instant at(int hour, int minute) {
        return DAY.atTime(LocalTime.of(hour, minute)).atZone(SHANGHAI).toInstant();
    }

    @Test
    void inactivityCountsOnlyTheDayWindowAndFiresOncePerStretch() {
        String village = freshVillage();
        Household household = household(village);
        send(household.motion(), "MOTION", at(7, 30));
        evaluate(at(19, 29), village);
        assertThat(kinds(household)).doesNotContain("INACTIVITY");
        evaluate(at(19, 31), village);
        assertThat(kinds(household)).containsOnlyOnce("INACTIVITY");
        evaluate(at(20, 0), village);
        assertThat(alertsOf(household)).filteredOn(a -> "INACTIVITY".equals(a.get("kind"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("triggerCount", 1).containsEntry("severity", "HIGH"));
    }

    @Test
    void inactivityIsNotRaisedOutsideTheDayWindowAndFollowsTheEldersOwnSpan() {
        String village = freshVillage();
        Household night = household(village);
        send(night.motion(), "MOTION", at(20, 0));
        evaluate(at(23, 59), village);
        assertThat(kinds(night)).doesNotContain("INACTIVITY");

        Household ownSpan = household(village, Map.of("inactivityMinutes", 120, "dayStart", "08:00", "dayEnd", "20:00"));
        send(ownSpan.motion(), "MOTION", at(6, 0));
        evaluate(at(9, 59), village);
        assertThat(kinds(ownSpan)).doesNotContain("INACTIVITY");
        evaluate(at(10, 1), village);
        assertThat(kinds(ownSpan)).containsOnlyOnce("INACTIVITY");
    }

    @Test
    void doorOpenedAtNightWithoutMotionAfterwards() {
        String village = freshVillage();
        Household wandering = household(village);
        send(wandering.door(), "DOOR_OPEN", at(23, 0));
        evaluate(at(23, 29), village);
        assertThat(kinds(wandering)).doesNotContain("DOOR_NIGHT");
        evaluate(at(23, 31), village);
        assertThat(kinds(wandering)).containsOnlyOnce("DOOR_NIGHT");

        Household backInBed = household(village);
        send(backInBed.door(), "DOOR_OPEN", at(23, 0));
        send(backInBed.motion(), "MOTION", at(23, 5));
        Household daytime = household(village);
        send(daytime.door(), "DOOR_OPEN", at(15, 0));
        evaluate(at(23, 45), village);
        assertThat(kinds(backInBed)).doesNotContain("DOOR_NIGHT");
        assertThat(kinds(daytime)).doesNotContain("DOOR_NIGHT");
    }

    @Test
    void doorIdleAfterADayWithoutOpening() {
        String village = freshVillage();
        Household household = household(village);
        send(household.door(), "DOOR_OPEN", at(8, 0));
        send(household.motion(), "MOTION", at(8, 0));
        evaluate(at(8, 0).plus(Duration.ofHours(23)), village);
        assertThat(kinds(household)).doesNotContain("DOOR_IDLE");
        evaluate(at(8, 0).plus(Duration.ofHours(25)), village);
        assertThat(alertsOf(household)).filteredOn(a -> "DOOR_IDLE".equals(a.get("kind"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("severity", "MEDIUM"));
    }

    @Test
    void aDeviceWithoutHeartbeatGoesOfflineAndRaisesOneAlert() {
        String village = freshVillage();
        Household household = household(village);
        send(household.door(), "HEARTBEAT", Instant.now());
        evaluate(Instant.now().plus(Duration.ofMinutes(119)), village);
        assertThat(kinds(household)).doesNotContain("DEVICE_OFFLINE");
        assertThat(online(household.door())).isTrue();
        evaluate(Instant.now().plus(Duration.ofHours(3)), village);
        evaluate(Instant.now().plus(Duration.ofHours(4)), village);
        assertThat(online(household.door())).isFalse();
        assertThat(alertsOf(household)).filteredOn(a -> "DEVICE_OFFLINE".equals(a.get("kind")))
                .as("one per device: panic button, motion sensor, door contact").hasSize(3)
                .allSatisfy(a -> assertThat(a).containsEntry("triggerCount", 1).containsEntry("severity", "LOW"));
        send(household.door(), "HEARTBEAT", Instant.now());
        await().untilAsserted(() -> assertThat(online(household.door())).isTrue());
    }

    @Test
    void visitModeMutesBehaviourRulesButNeverPanic() {
        String village = freshVillage();
        Household household = household(village, Map.of("dayStart", "00:00", "dayEnd", "23:59"));
        send(household.motion(), "MOTION", Instant.now().minus(Duration.ofHours(14)));
        Map visit = as(LINPING_OPERATOR).document("""
                        mutation($input: StartVisitModeInput!) { startVisitMode(input: $input) { visitMode { id version author } } }""")
                .variable("input", Map.of("elderId", household.elderId(), "reason", "去女儿家住两天",
                        "expiresAt", Instant.now().plus(Duration.ofDays(2)).toString()))
                .execute().path("startVisitMode.visitMode").entity(Map.class).get();
        assertThat(visit).containsEntry("author", LINPING_OPERATOR);
        evaluate(Instant.now().plusSeconds(60), village);
        assertThat(kinds(household)).doesNotContain("INACTIVITY");
        send(household.panic(), "PRESSED", Instant.now());
        await().untilAsserted(() -> assertThat(kinds(household)).contains("PANIC"));

        as(LINPING_OPERATOR).document("""
                        mutation($input: EndVisitModeInput!) { endVisitMode(input: $input) { visitMode { endedAt } } }""")
                .variable("input", Map.of("id", visit.get("id"), "version", visit.get("version")))
                .execute().path("endVisitMode.visitMode.endedAt").hasValue();
        evaluate(Instant.now().plusSeconds(60), village);
        assertThat(kinds(household)).containsOnlyOnce("INACTIVITY");
    }

    private void send(String serial, String type, Instant time) {
        String eventId = newEventId();
        publish(serial, event(eventId, serial, type, time, 90));
        awaitStored(eventId);
    }

    private List<Object> kinds(Household household) {
        return alertsOf(household).stream().map(a -> a.get("kind")).toList();
    }

    private boolean online(String serial) {
        return jdbc.sql("SELECT COALESCE(s.online, FALSE) FROM device d LEFT JOIN device_status s ON s.device_id = d.id WHERE d.serial = ?").param(serial).query(Boolean.class).single();
    }

}
