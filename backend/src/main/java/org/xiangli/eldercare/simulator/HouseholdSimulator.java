package org.xiangli.eldercare.simulator;


import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import org.xiangli.time.CountyCalendar;
import org.xiangli.time.MachineTime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulates the demo households (serials {@code DEMO-HH0001-P/M/D} …) publishing to MQTT in real
 * time, so the demo shows live alerts: motion every few minutes while elders are up (07:00–21:00),
 * less at night, door openings, heartbeats every 10 minutes, battery reports, a panic press every
 * {@code --panic-every} seconds at a random household, one inactive elder (household 7 never moves)
 * and failing batteries (households 11–13 lose a percent a minute from 30 %). Plain Java: no Spring.
 *
 * <pre>--households=530 --minutes=10 --panic-every=120 --host=127.0.0.1 --port=1883</pre>
 */
public final class HouseholdSimulator {

    private static final ZoneId ZONE = CountyCalendar.ZONE;
    private static final int INACTIVE = 7;

    private final Mqtt5AsyncClient client;
    private final int households;
    private final int panicEverySeconds;
    private final Map<Integer, Integer> batteries = new HashMap<>();
    private final AtomicLong published = new AtomicLong();
    private long sequence;

    private HouseholdSimulator(String host, int port, int households, int panicEverySeconds) {
        this.households = households;
        this.panicEverySeconds = panicEverySeconds;
        this.client = MqttClient.builder().useMqttVersion5().identifier("xiangli-simulator-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(host).serverPort(port)
                .automaticReconnect().initialDelay(1, java.util.concurrent.TimeUnit.SECONDS).applyAutomaticReconnect()
                .buildAsync();
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int households = Integer.parseInt(options.getOrDefault("households", "530"));
        long minutes = Long.parseLong(options.getOrDefault("minutes", String.valueOf(Long.MAX_VALUE / 120_000)));
        HouseholdSimulator simulator = new HouseholdSimulator(options.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("port", "1883")), households,
                Integer.parseInt(options.getOrDefault("panic-every", "120")));
        simulator.run(Duration.ofMinutes(minutes));
    }

    private void run(Duration duration) throws InterruptedException {
        client.connect().join();
        System.out.printf("Simulating %d households for %s (inactive elder: household %d; failing batteries: 11-13)%n",
                households, duration.toDays() > 365 ? "ever" : duration, INACTIVE);
        for (int n = 11; n <= 13 && n <= households; n++) {
            batteries.put(n, 30);
        }
        Instant end = MachineTime.now().plus(duration);
        for (long second = 0; MachineTime.now().isBefore(end); second++) {
            long started = System.nanoTime();
            tick(second);
            if (second % 30 == 0) {
                System.out.printf("%s: %d events published%n", MachineTime.now(), published.get());
            }
            Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - started) / 1_000_000));
        }
        client.disconnect().join();
    }

    private void tick(long second) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean day = isDay(LocalTime.ofInstant(MachineTime.now(), ZONE));
        for (int n = 1; n <= households; n++) {
            // each household gets its own phase so heartbeats spread over the 10 minutes
            if ((second + n) % 600 == 0) {
                for (char kind : new char[] {'P', 'M', 'D'}) {
                    send(n, kind, "HEARTBEAT", battery(n, kind));
                }
            }
            if (n != INACTIVE && random.nextDouble() < (day ? 1 / 180.0 : 1 / 1800.0)) {
                send(n, 'M', "MOTION", null);
            }
            if (random.nextDouble() < (day ? 1 / 3600.0 : 1 / 36000.0)) {
                send(n, 'D', "DOOR_OPEN", null);
                send(n, 'D', "DOOR_CLOSE", null);
            }
        }
        if (second % 60 == 0) {
            batteries.replaceAll((n, level) -> Math.max(0, level - 1));
            batteries.forEach((n, level) -> send(n, 'D', "BATTERY", level));
        }
        if (second > 0 && second % panicEverySeconds == 0) {
            int n = 1 + random.nextInt(households);
            System.out.printf("Panic press at household %d (%s)%n", n, serial(n, 'P'));
            send(n, 'P', "PRESSED", null);
        }
    }

    private Integer battery(int n, char kind) {
        return kind == 'D' && batteries.containsKey(n) ? batteries.get(n) : 60 + (n * 7 + kind) % 40;
    }

    private static boolean isDay(LocalTime time) {
        return !time.isBefore(LocalTime.of(7, 0)) && time.isBefore(LocalTime.of(21, 0));
    }

    static String serial(int n, char kind) {
        return "DEMO-HH%04d-%c".formatted(n, kind);
    }

    private void send(int n, char kind, String type, Integer battery) {
        String serial = serial(n, kind);
        String payload = "{\"eventId\":\"sim-%s-%d-%d\",\"serial\":\"%s\",\"type\":\"%s\",\"time\":\"%s\"%s}".formatted(
                serial, MachineTime.now().toEpochMilli(), sequence++, serial, type, MachineTime.now(), battery == null ? "" : ",\"battery\":" + battery);
        client.publishWith().topic("xiangli/devices/" + serial + "/events").qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
        published.incrementAndGet();
    }
}
