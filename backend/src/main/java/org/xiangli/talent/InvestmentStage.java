package org.xiangli.talent;

import org.jspecify.annotations.Nullable;

/** The GraphQL {@code InvestmentStage} enum: an investment's way from the contract to production. */
public enum InvestmentStage {
    /** 签约: the contract is signed. */
    SIGNED,
    /** 落地: the project has landed (land, registration, money arriving). */
    LANDED,
    /** 投产: it produces. */
    PRODUCING;

    /** The one stage that may follow this one; null after PRODUCING. */
    @Nullable InvestmentStage next() {
        return this == PRODUCING ? null : values()[ordinal() + 1];
    }
}
