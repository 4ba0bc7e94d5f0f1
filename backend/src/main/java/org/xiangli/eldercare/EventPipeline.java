package org.xiangli.eldercare;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one way device events enter: payloads are parsed on the receiving thread and queued, and
 * {@code writers} writer threads drain the queues in batches ({@link WriterLoop}), so one batch is
 * prepared while another commits. Each device's events go to one queue, chosen by its serial, so
 * they are written in the order they arrived (the first of two presses raises the alert, the second
 * joins it). A payload's {@code done} callback runs only after its batch committed, so an MQTT
 * message is acknowledged only once it is safe (at-least-once; redelivery is harmless because events
 * are idempotent by id). The queues are bounded in bytes ({@code queue-bytes}, all writers
 * together, {@link ByteBudget}): a spent budget blocks the receiving thread, which holds back the
 * broker (back-pressure through its receive maximum) and HTTP posts alike.
 */
@Component
class EventPipeline implements SmartLifecycle {

    private final EventWriter writer;
    private final ElderCareProperties.Ingest settings;
    private final ElderCareProperties.Mqtt mqtt;
    private final Clock clock;
    private final ByteBudget budget;
    private final List<BlockingQueue<Received>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<WriterLoop> loops = new ArrayList<>();
    private volatile boolean running;

    EventPipeline(EventWriter writer, ElderCareProperties properties, Clock clock) {
        this.writer = writer;
        this.settings = properties.ingest();
        this.mqtt = properties.mqtt();
        this.clock = clock;
        this.budget = new ByteBudget(settings.queueBytes().toBytes());
        for (int n = 0; n < settings.writers(); n++) {
            queues.add(new LinkedBlockingQueue<>());
        }
    }

    /** Checks a payload and hands it to its device's writer; blocks while the byte budget is spent. */
    void submit(Incoming incoming) throws InterruptedException {
        budget.take(incoming.payload().length);
        Received received = Received.of(incoming, clock.instant(), settings, mqtt);
        String key = received.event() != null ? received.event().serial() : String.valueOf(incoming.topic());
        queues.get(Math.floorMod(key.hashCode(), queues.size())).put(received);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        for (int n = 0; n < queues.size(); n++) {
            WriterLoop loop = new WriterLoop(queues.get(n), writer, settings, budget);
            loops.add(loop);
            // platform threads: the OS time-slices them, so a busy virtual-thread carrier cannot hold up the alerts
            threads.add(Thread.ofPlatform().daemon().name("eldercare-event-writer-" + (n + 1)).start(loop));
        }
    }

    /**
     * Writes the batches being written, then stops; payloads not written are not acknowledged and
     * come again (the MQTT consumer has disconnected before).
     */
    @Override
    public synchronized void stop() {
        running = false;
        loops.forEach(WriterLoop::stop);
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        loops.clear();
        for (BlockingQueue<Received> queue : queues) {
            List<Received> left = new ArrayList<>();
            queue.drainTo(left);
            left.forEach(received -> budget.giveBack(received.incoming().payload().length));
        }
    }

    /** Bytes the queues hold now (and the batches being written). */
    long queuedBytes() {
        return budget.used();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the MQTT consumer that feeds it. */
    @Override
    public int getPhase() {
        return MqttEventConsumer.PHASE - 1;
    }
}
