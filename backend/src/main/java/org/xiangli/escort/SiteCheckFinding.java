package org.xiangli.escort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.xiangli.security.ScopePattern;

/** A finding of a site check: the matter it became, in the order the supervisor gave. */
@Entity
@Table(name = "site_check_finding")
@Filter(name = ScopePattern.FILTER, condition = ScopePattern.REGION_NOT_PUBLIC)
class SiteCheckFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_id", nullable = false, updatable = false)
    private Long checkId;

    @Column(nullable = false, updatable = false, length = 12)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private Long matterId;

    protected SiteCheckFinding() {
    }

    SiteCheckFinding(SiteCheck check, int position, long matterId) {
        this.checkId = check.getId();
        this.regionCode = check.regionCode();
        this.position = position;
        this.matterId = matterId;
    }

    public Long getCheckId() {
        return checkId;
    }

    public int getPosition() {
        return position;
    }

    public Long getMatterId() {
        return matterId;
    }
}
