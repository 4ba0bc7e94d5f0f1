package org.xiangli.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.xiangli.security.Caller;

import java.time.Instant;
import java.util.Objects;

/**
 * A payload ingestion could not accept, with the reason, as read back ({@link EventWriter} writes
 * them in SQL). It belongs to no region. For HTTP posts the topic column names the sender,
 * {@code http/{account}}, so a sender can be shown what it posted itself.
 */
@Entity
@Immutable
@Table(name = "device_dead_letter")
class DeadLetter {

    private static final String HTTP_SENDER = "http/";

    @Id
    private Long id;
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private Incoming.Source source;
    private @Nullable String topic;
    private String reason;
    @Column(columnDefinition = "TEXT")
    private @Nullable String payload;

    protected DeadLetter() {
    }

    /** What the topic column holds for the HTTP posts of this caller. */
    static String postedBy(Caller caller) {
        return HTTP_SENDER + caller.name();
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Incoming.Source getSource() {
        return source;
    }

    /** The MQTT topic the payload came on; none for HTTP posts. */
    public @Nullable String getTopic() {
        return source == Incoming.Source.MQTT ? topic : null;
    }

    /** The account that posted the payload over HTTP; none for MQTT (and for posts stored before senders were kept). */
    public @Nullable String getPostedBy() {
        return source == Incoming.Source.HTTP && topic != null && topic.startsWith(HTTP_SENDER) ? topic.substring(HTTP_SENDER.length()) : null;
    }

    public String getReason() {
        return reason;
    }

    public @Nullable String getPayload() {
        return payload;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DeadLetter letter && id != null && id.equals(letter.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
