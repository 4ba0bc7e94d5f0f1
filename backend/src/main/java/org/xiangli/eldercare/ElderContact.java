package org.xiangli.eldercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.xiangli.security.Personal;
import org.xiangli.security.PersonalDataHolder;
import org.xiangli.security.PersonalKind;
import org.xiangli.security.RegionScoped;
import org.xiangli.security.ScopePattern;

import java.util.Objects;

import static org.xiangli.eldercare.ElderEnums.ContactRelation;

/**
 * One person of an elder's call tree, called in {@code position} order. Personal data of the elder's
 * record: revealed under the same rules as the elder's own contacts.
 */
@Entity
@Table(name = "elder_contact")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION)
class ElderContact implements RegionScoped, PersonalDataHolder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long elderId;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactRelation relation;

    @Personal(PersonalKind.NAME)
    @Column(nullable = false)
    private String name;

    @Personal(PersonalKind.PHONE)
    @Column(nullable = false)
    private String phone;

    protected ElderContact() {
    }

    ElderContact(Elder elder, int position, ContactRelation relation, String name, String phone) {
        this.elderId = elder.getId();
        this.regionCode = elder.getRegionCode();
        this.position = position;
        this.relation = relation;
        this.name = name;
        this.phone = phone;
    }

    public Long getElderId() {
        return elderId;
    }

    public int getPosition() {
        return position;
    }

    public ContactRelation getRelation() {
        return relation;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    /** Puts another person at this position of the call tree. */
    void replaceWith(ContactRelation relation, String name, String phone) {
        this.relation = relation;
        this.name = name;
        this.phone = phone;
    }

    @Override
    public String regionCode() {
        return regionCode;
    }

    /** The elder's record owns the data: grants and audit entries name the elder. */
    @Override
    public String ownerType() {
        return Elder.TYPE;
    }

    @Override
    public long ownerId() {
        return elderId;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ElderContact contact && id != null && id.equals(contact.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
