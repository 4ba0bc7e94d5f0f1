package org.xiangli.eldercare;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientReconnector;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.xiangli.InstanceName;
import org.xiangli.security.Caller;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Subscribes to the device topic through an MQTT 5 shared subscription (QoS 1), so the instances
 * of one share group split the stream. Nothing the broker acknowledged to a device is lost when an
 * instance goes away: the client id is the instance's own and stays the same after a restart, and
 * the session is persistent (clean start off, {@code session-expiry}), so the broker keeps the
 * subscription and the messages for it while the instance is away and sends them again when it is
 * back. Messages are acknowledged manually, only after the batch holding them committed (or dead
 * lettered it). They are received on a thread of their own, which the pipeline blocks when its byte
 * budget is spent; with the receive maximum the broker then holds the rest, while the network thread
 * keeps the connection alive. The broker may send no packet above {@code maximum-packet-size}. A
 * missing broker does not stop the application: the client reconnects with backoff (1 s to 30 s) and
 * subscribes again each time it connects. A stopped consumer never takes the session back: were its
 * client to reconnect after a new one started (a restart while the broker was away), the two would
 * take the session from each other in turn, and the stopped one would receive with no one to hand to.
 */
@Component
@ConditionalOnBooleanProperty(name = "xiangli.eldercare.mqtt.enabled", matchIfMissing = true)
class MqttEventConsumer implements SmartLifecycle {

    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;
    private static final Logger log = LoggerFactory.getLogger(MqttEventConsumer.class);

    private final EventPipeline pipeline;
    private final ElderCareProperties.Mqtt settings;
    private final String clientId;
    private @Nullable Connection connection;

    MqttEventConsumer(EventPipeline pipeline, ElderCareProperties properties, InstanceName instance) {
        this.pipeline = pipeline;
        this.settings = properties.mqtt();
        this.clientId = settings.clientIdOf(instance.value());
    }

    @Override
    public synchronized void start() {
        if (connection != null) {
            return;
        }
        connection = new Connection();
        connection.open();
    }

    /**
     * Disconnects, keeping the session: what arrives until this instance is back waits at the
     * broker. Payloads received but not written stay unacknowledged and come again.
     */
    @Override
    public synchronized void stop() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return connection != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** One client, from a start to its stop. */
    private final class Connection {

        // one thread at most, ending when idle, never shut down: a rejected hand-over would make the client
        // acknowledge (drop) the message, and the session's end is handed over after the last disconnect
        private final Executor receiver = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("eldercare-mqtt-receiver").factory());
        private final Mqtt5AsyncClient client;
        private volatile boolean stopped;
        private volatile CompletableFuture<Void> backoff = CompletableFuture.completedFuture(null);

        Connection() {
            client = Mqtt5Client.builder()
                    .identifier(clientId)
                    .serverHost(settings.host())
                    .serverPort(settings.port())
                    .automaticReconnect().initialDelay(1, TimeUnit.SECONDS).maxDelay(30, TimeUnit.SECONDS).applyAutomaticReconnect()
                    .addConnectedListener(context -> connected())
                    .addDisconnectedListener(this::disconnected)
                    .buildAsync();
            // ALL, not SUBSCRIBED: a resumed session's messages arrive right after CONNACK, before this (new)
            // client object has subscribed, and a message no callback takes is acknowledged by the client, i.e. lost
            client.publishes(MqttGlobalPublishFilter.ALL, this::received, receiver, true);
        }

        void open() {
            client.connectWith()
                    .cleanStart(false)
                    .sessionExpiryInterval(settings.sessionExpiry().toSeconds())
                    .restrictions()
                    .receiveMaximum(settings.receiveMaximum())
                    .maximumPacketSize((int) settings.maximumPacketSize().toBytes())
                    .applyRestrictions()
                    .send()
                    .whenComplete((ack, failure) -> {
                        if (failure != null) {
                            log.warn("MQTT {}:{} not reachable ({}); retrying in the background",
                                    settings.host(), settings.port(), failure.getMessage());
                        } else {
                            log.info("MQTT {}:{} connected as {} ({} session)", settings.host(), settings.port(), clientId,
                                    ack.isSessionPresent() ? "resumed" : "new");
                        }
                    });
        }

        /**
         * Ends the client whatever it is doing. Connected, it disconnects; waiting to reconnect, the
         * wait ends and no attempt follows; an attempt under way disconnects as soon as it connects.
         */
        void close() {
            stopped = true;
            backoff.complete(null);
            try {
                client.disconnect().get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                log.debug("MQTT client not connected when stopped; its reconnect ends", e);
            } catch (TimeoutException e) {
                log.warn("MQTT disconnect took more than 5 s; the connection is closed when it answers");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void connected() {
            if (stopped) {
                client.disconnect(); // an attempt that was under way when stopped
                return;
            }
            client.subscribeWith().topicFilter(settings.sharedFilter()).qos(MqttQos.AT_LEAST_ONCE).send()
                    .whenComplete((ack, failure) -> {
                        if (failure != null) {
                            log.error("MQTT subscription to {} failed", settings.sharedFilter(), failure);
                        } else {
                            log.info("Receiving device events from {}:{} on {}", settings.host(), settings.port(), settings.sharedFilter());
                        }
                    });
        }

        /**
         * Runs after the automatic reconnect chose its delay. The wait is a future {@link #close()}
         * completes early, and the reconnect happens only if the consumer is still running by then.
         */
        private void disconnected(MqttClientDisconnectedContext context) {
            MqttClientReconnector reconnector = context.getReconnector();
            if (stopped) {
                reconnector.reconnect(false);
                return;
            }
            if (!reconnector.isReconnect()) {
                return;
            }
            log.warn("MQTT {}:{} disconnected ({}); reconnecting", settings.host(), settings.port(), context.getCause().getMessage());
            CompletableFuture<Void> wait = new CompletableFuture<Void>()
                    .completeOnTimeout(null, reconnector.getDelay(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
            backoff = wait;
            reconnector.delay(0, TimeUnit.NANOSECONDS).reconnectWhen(wait, (ignored, failure) -> {
                if (stopped) {
                    reconnector.reconnect(false);
                }
            });
        }

        private void received(Mqtt5Publish publish) {
            if (stopped) {
                return; // unacknowledged: the broker sends it again to the next connection
            }
            try {
                pipeline.submit(new Incoming(publish.getPayloadAsBytes(), Incoming.Source.MQTT, publish.getTopic().toString(),
                        Caller.SYSTEM, result -> publish.acknowledge()));
            } catch (InterruptedException e) {
                // interrupted: the message stays unacknowledged, and the persistent session delivers it again
                Thread.currentThread().interrupt();
            }
        }
    }
}
