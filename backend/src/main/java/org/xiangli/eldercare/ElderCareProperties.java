package org.xiangli.eldercare;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Elder-care monitoring settings ({@code xiangli.eldercare.*}); every value has a default that runs
 * the demo. docs/configuration.md lists them.
 *
 * @param mqtt     the device event stream
 * @param ingest   how events are batched into the database
 * @param rules    thresholds of the alert rules (each elder may override the inactivity span and day window)
 * @param timers   service targets; a breached one escalates the alert one level
 * @param schedule the absence-rule and timer job
 */
@ConfigurationProperties("xiangli.eldercare")
record ElderCareProperties(@DefaultValue Mqtt mqtt, @DefaultValue Ingest ingest, @DefaultValue Rules rules,
                                  @DefaultValue Timers timers, @DefaultValue Schedule schedule) {

    /**
     * @param enabled         subscribe to the broker at all (off: HTTP ingestion only)
     * @param host            broker host
     * @param port            broker port
     * @param clientId        the instance's client id, the same after a restart so its session is taken up
     *                        again; empty: {@code clientIdPrefix} and the instance name
     * @param clientIdPrefix  prefix of the derived client id
     * @param topic           topic filter devices publish to ({@code +} stands for the serial)
     * @param shareGroup      MQTT 5 shared-subscription group: instances of one group split the stream
     * @param receiveMaximum  unacknowledged messages the broker may send at once (flow control)
     * @param sessionExpiry   how long the broker keeps the session (subscription and unacknowledged or
     *                        queued messages) while the instance is away: longer than a restart
     * @param maximumPacketSize largest MQTT packet the broker may send (a device message with its topic)
     */
    public record Mqtt(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String host,
                       @DefaultValue("1883") int port, @DefaultValue("") String clientId,
                       @DefaultValue("xiangli-backend") String clientIdPrefix,
                       @DefaultValue("xiangli/devices/+/events") String topic,
                       @DefaultValue("xiangli-backend") String shareGroup,
                       @DefaultValue("10000") int receiveMaximum, @DefaultValue("1h") Duration sessionExpiry,
                       @DefaultValue("2KB") DataSize maximumPacketSize) {

        /** The filter the backend subscribes to. */
        public String sharedFilter() {
            return "$share/" + shareGroup + "/" + topic;
        }

        /**
         * The serial a topic names (the level where the filter has {@code +}), or null when the
         * topic is not one of the filter's. The topic is the device's identity (its credentials on
         * the broker are bound to it), so a payload must agree with it.
         */
        public @org.jspecify.annotations.Nullable String serialIn(String concreteTopic) {
            String[] filter = topic.split("/", -1);
            String[] levels = concreteTopic.split("/", -1);
            if (filter.length != levels.length) {
                return null;
            }
            String serial = null;
            for (int i = 0; i < filter.length; i++) {
                if ("+".equals(filter[i])) {
                    serial = serial == null ? levels[i] : serial;
                } else if (!filter[i].equals(levels[i])) {
                    return null;
                }
            }
            return serial;
        }

        /** The configured client id, or one derived from the instance's name. */
        public String clientIdOf(String instanceName) {
            return clientId.isBlank() ? clientIdPrefix + "-" + instanceName : clientId;
        }
    }

    /**
     * @param batchSize     most events written in one transaction
     * @param flushInterval how long the writer waits for a batch to fill before writing what it has
     * @param queueBytes    payload bytes buffered between the receivers and the writers, all writers
     *                      together (each payload counts its size plus {@value ByteBudget#OVERHEAD} bytes);
     *                      a full budget stops reading from the broker
     * @param maxClockSkew  how far in the future an event's time may lie
     * @param maxEventAge   how old an event may be (devices buffer while offline)
     * @param statusInterval how long device status and elder activity may lag the stored events (they
     *                      are merged and written once per interval)
     * @param writers       writer threads, each with a database connection and the devices whose serials hash to it:
     *                      one prepares a batch while another commits
     * @param attempts      tries of a batch that fails unexpectedly (with backoff) before its payloads are
     *                      written one by one and the ones still failing go to the dead letters
     */
    public record Ingest(@DefaultValue("1000") int batchSize, @DefaultValue("5ms") Duration flushInterval,
                         @DefaultValue("16MB") DataSize queueBytes, @DefaultValue("5m") Duration maxClockSkew,
                         @DefaultValue("7d") Duration maxEventAge, @DefaultValue("1s") Duration statusInterval,
                         @DefaultValue("2") int writers, @DefaultValue("3") int attempts) {
    }

    /**
     * @param inactivity        default span without motion inside the day window before INACTIVITY
     * @param dayStart          default start of an elder's day window (local time)
     * @param dayEnd            default end of the day window
     * @param doorIdle          door not opened for this long raises DOOR_IDLE
     * @param nightStart        start of the night (DOOR_NIGHT)
     * @param nightEnd          end of the night
     * @param nightNoMotion     door opened at night and no motion for this long raises DOOR_NIGHT
     * @param offlineAfter      no heartbeat for this long raises DEVICE_OFFLINE
     * @param lowBattery        battery below this percentage raises LOW_BATTERY
     * @param maxSilence        longest visit mode one may set
     */
    public record Rules(@DefaultValue("12h") Duration inactivity, @DefaultValue("07:00") LocalTime dayStart,
                        @DefaultValue("21:00") LocalTime dayEnd, @DefaultValue("24h") Duration doorIdle,
                        @DefaultValue("22:00") LocalTime nightStart, @DefaultValue("06:00") LocalTime nightEnd,
                        @DefaultValue("30m") Duration nightNoMotion, @DefaultValue("2h") Duration offlineAfter,
                        @DefaultValue("20") int lowBattery, @DefaultValue("7d") Duration maxSilence) {
    }

    /**
     * @param acknowledge from raised to acknowledged
     * @param onSite      from raised to a responder on site (critical and high alerts)
     * @param followUp    from resolved to followed up
     */
    public record Timers(@DefaultValue("60s") Duration acknowledge, @DefaultValue("45m") Duration onSite,
                         @DefaultValue("72h") Duration followUp) {
    }

    /**
     * @param enabled  run the job on this instance (ShedLock still makes sure only one runs at a time)
     * @param interval pause between two runs
     */
    public record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("15s") Duration interval) {
    }
}
