package org.xiangli.eldercare;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.xiangli.security.Caller;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Subscribes to the device topic through an MQTT 5 shared subscription (QoS 1), so the instances
 * of one share group split the stream. Messages are acknowledged manually, only after the batch
 * holding them committed: a crash before that makes the broker deliver them again. A missing broker
 * does not stop the application: the client reconnects with backoff (1 s to 30 s) and subscribes
 * again each time it connects.
 */
@Component
@ConditionalOnBooleanProperty(name = "xiangli.eldercare.mqtt.enabled", matchIfMissing = true)
class MqttEventConsumer implements SmartLifecycle {

    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;
    private static final Logger log = LoggerFactory.getLogger(MqttEventConsumer.class);

    private final EventPipeline pipeline;
    private final ElderCareProperties.Mqtt settings;
    private volatile Mqtt5AsyncClient client;

    MqttEventConsumer(EventPipeline pipeline, ElderCareProperties properties) {
        this.pipeline = pipeline;
        this.settings = properties.mqtt();
    }

    @Override
    public void start() {
        String clientId = settings.clientIdPrefix() + "-" + UUID.randomUUID().toString().substring(0, 8);
        client = Mqtt5Client.builder()
                .identifier(clientId)
                .serverHost(settings.host())
                .serverPort(settings.port())
                .automaticReconnect().initialDelay(1, TimeUnit.SECONDS).maxDelay(30, TimeUnit.SECONDS).applyAutomaticReconnect()
                .addConnectedListener(context -> subscribe())
                .addDisconnectedListener(context -> log.warn("MQTT {}:{} disconnected ({}); reconnecting",
                        settings.host(), settings.port(), context.getCause().getMessage()))
                .buildAsync();
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, this::received, true);
        client.connectWith()
                .cleanStart(true)
                .restrictions().receiveMaximum(settings.receiveMaximum()).applyRestrictions()
                .send()
                .whenComplete((ack, failure) -> {
                    if (failure != null) {
                        log.warn("MQTT {}:{} not reachable ({}); retrying in the background",
                                settings.host(), settings.port(), failure.getMessage());
                    }
                });
    }

    private void subscribe() {
        client.subscribeWith().topicFilter(settings.sharedFilter()).qos(MqttQos.AT_LEAST_ONCE).send()
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
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Mqtt5AsyncClient current = client;
        if (current != null) {
            try {
                current.disconnect().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.debug("MQTT disconnect", e);
            }
        }
        client = null;
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
