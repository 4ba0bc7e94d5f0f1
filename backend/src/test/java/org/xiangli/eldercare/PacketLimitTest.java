package org.xiangli.eldercare;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backend accepts no MQTT packet above {@code maximum-packet-size} (2 KB): the broker (the real
 * Mosquitto) does not send it a larger message at all, so a flood of large payloads cannot fill its
 * memory, while events of the contract's size keep flowing. (The device got its PUBACK for the large
 * one: that is why the production broker must refuse such packets from devices, see docs/device-contract.md.)
 */
class PacketLimitTest extends ElderCareApiTest {

    @Test
    void aMessageAboveTheMaximumPacketSizeNeverReachesTheBackendWhileSmallOnesDo() {
        Household household = household(freshVillage());
        String large = newEventId();
        String small = newEventId();
        String padding = "x".repeat(3_000);
        publish(household.motion(), event(large, household.motion(), "MOTION", Instant.now(), null)
                .replace("}", ",\"note\":\"" + padding + "\"}"));
        publish(household.motion(), event(small, household.motion(), "MOTION", Instant.now(), null));
        awaitStored(small);
        assertThat(count("SELECT COUNT(*) FROM device_event WHERE event_id = ?", large)).isZero();
        assertThat(count("SELECT COUNT(*) FROM device_dead_letter WHERE payload LIKE ?", "%" + large + "%")).isZero();
    }
}
