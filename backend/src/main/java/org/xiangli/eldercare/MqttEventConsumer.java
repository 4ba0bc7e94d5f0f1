package org.xiangli.eldercare;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
 * subscribes again each time it connects.
 */
@Component
@ConditionalOnBooleanProperty(name = "xiangli.eldercare.mqtt.enabled", matchIfMissing = true)
class MqttEventConsumer implements SmartLifecycle {

    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;
    private static final Logger log = LoggerFactory.getLogger(MqttEventConsumer.class);

    private final EventPipeline pipeline;
    private final ElderCareProperties.Mqtt settings;
    private final String clientId;
    private volatile @Nullable Mqtt5AsyncClient client;
    private volatile @Nullable ExecutorService receiver;

    MqttEventConsumer(EventPipeline pipeline, ElderCareProperties properties, InstanceName instance) {
        this.pipeline = pipeline;
        this.settings = properties.mqtt();
        this.clientId = settings.clientIdOf(instance.value());
    }

    @Override
    public synchronized void start() {
        Mqtt5AsyncClient started = Mqtt5Client.builder()
                .identifier(clientId)
                .serverHost(settings.host())
                .serverPort(settings.port())
                .automaticReconnect().initialDelay(1, TimeUnit.SECONDS).maxDelay(30, TimeUnit.SECONDS).applyAutomaticReconnect()
                .addConnectedListener(context -> subscribe())
                .addDisconnectedListener(context -> log.warn("MQTT {}:{} disconnected ({}); reconnecting",
                        settings.host(), settings.port(), context.getCause().getMessage()))
                .buildAsync();
        ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("eldercare-mqtt-receiver").factory());
        // ALL, not SUBSCRIBED: a resumed session's messages arrive right after CONNACK, before this (new)
        // client object has subscribed, and a message no callback takes is acknowledged by the client, i.e. lost
        started.publishes(MqttGlobalPublishFilter.ALL, this::received, thread, true);
        client = started;
        receiver = thread;
        started.connectWith()
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

    private void subscribe() {
        Mqtt5AsyncClient current = client;
        if (current == null) {
            return;
        }
        current.subscribeWith().topicFilter(settings.sharedFilter()).qos(MqttQos.AT_LEAST_ONCE).send()
                .whenComplete((ack, failure) -> {
                    if (failure != null) {
                        log.error("MQTT subscription to {} failed", settings.sharedFilter(), failure);
                    } else {
                        log.info("Receiving device events from {}:{} on {}", settings.host(), settings.port(), settings.sharedFilter());
                    }
                });
    }

    private void received(Mqtt5Publish publish) {
        try {
            pipeline.submit(new Incoming(publish.getPayloadAsBytes(), Incoming.Source.MQTT, publish.getTopic().toString(),
                    Caller.SYSTEM, result -> publish.acknowledge()));
        } catch (InterruptedException e) {
            // stopping: the message stays unacknowledged, and the persistent session delivers it again
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Disconnects, keeping the session: what arrives until this instance is back waits at the
     * broker. Payloads received but not written stay unacknowledged and come again.
     */
    @Override
    public synchronized void stop() {
        Mqtt5AsyncClient current = client;
        ExecutorService thread = receiver;
        client = null;
        receiver = null;
        // disconnect first: were the receiving thread gone while connected, the client would acknowledge
        // (drop) what it could no longer hand over
        if (current != null) {
            try {
                current.disconnect().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.debug("MQTT disconnect", e);
            }
        }
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
