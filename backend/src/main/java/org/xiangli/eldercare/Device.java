package org.xiangli.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.SecondaryRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.xiangli.graphql.Versioned;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A device of a household kit. Its status (online, battery, last seen) lives in {@code device_status},
 * which the event pipeline and the offline rule write and this entity only reads.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "device")
@SecondaryTable(name = Device.STATUS, pkJoinColumns = @PrimaryKeyJoinColumn(name = "device_id"))
@SecondaryRow(table = Device.STATUS, owned = false)
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class Device implements Versioned, RegionScoped {

    static final String TYPE = "Device";
    static final String STATUS = "device_status";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String serial;

    @Column(nullable = false, updatable = false)
    private Long elderId;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DeviceType type;

    @Column(nullable = false)
    private LocalDate installedOn;

    @Column(table = STATUS, insertable = false, updatable = false)
    private @Nullable Boolean online;

    @Column(table = STATUS, insertable = false, updatable = false)
    private @Nullable Integer battery;

    @Column(table = STATUS, insertable = false, updatable = false)
    private @Nullable Instant lastSeenAt;

    @Column(table = STATUS, insertable = false, updatable = false)
    private @Nullable Instant lastHeartbeatAt;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(nullable = false)
    private Instant updatedAt;

    /** Set once the device is taken out of the kit; it then keeps its history but no longer counts. */
    private @Nullable Instant decommissionedAt;
    private @Nullable String decommissionReason;
    private @Nullable String decommissionedBy;

    protected Device() {
    }

    Device(String serial, Elder elder, DeviceType type, LocalDate installedOn) {
        this.serial = serial;
        this.elderId = elder.getId();
        this.regionCode = elder.getRegionCode();
        this.type = type;
        this.installedOn = installedOn;
    }

    public Long getId() {
        return id;
    }

    public String getSerial() {
        return serial;
    }

    public Long getElderId() {
        return elderId;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    public DeviceType getType() {
        return type;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    /** False until the device's first event. */
    public boolean isOnline() {
        return Boolean.TRUE.equals(online);
    }

    public @Nullable Integer getBattery() {
        return battery;
    }

    public @Nullable Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public @Nullable Instant getLastHeartbeatAt() {
        return lastHeartbeatAt;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable Instant getDecommissionedAt() {
        return decommissionedAt;
    }

    public @Nullable String getDecommissionReason() {
        return decommissionReason;
    }

    public @Nullable String getDecommissionedBy() {
        return decommissionedBy;
    }

    public boolean isDecommissioned() {
        return decommissionedAt != null;
    }

    /** Takes the device out of its kit; its serial may then be registered to a household again. */
    void decommission(Instant at, String by, String reason) {
        this.decommissionedAt = at;
        this.decommissionedBy = by;
        this.decommissionReason = reason;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Device device && id != null && id.equals(device.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
