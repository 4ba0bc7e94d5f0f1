package org.xiangli.project;

import org.xiangli.security.PersonalDataHolder;

/**
 * The GraphQL {@code Payee}: an organisation's name is public, a private person's is personal data.
 * Only {@link Person} is a {@link PersonalDataHolder}, so the {@code @personal} directive masks
 * persons' names and leaves organisations' as they are.
 */
final class Payees {

    private Payees() {
    }

    static Object of(FundMovement movement) {
        return movement.getPayeeKind() == PayeeKind.PERSON
                ? new Person(movement.getPayeeName(), movement)
                : new Organisation(movement.getPayeeName());
    }

    record Organisation(String name) {
        public PayeeKind kind() {
            return PayeeKind.ORGANISATION;
        }
    }

    record Person(String name, FundMovement movement) implements PersonalDataHolder {
        public PayeeKind kind() {
            return PayeeKind.PERSON;
        }

        @Override
        public String ownerType() {
            return "FundMovement";
        }

        @Override
        public long ownerId() {
            return movement.getId();
        }

        @Override
        public String ownerRegionCode() {
            return movement.regionCode();
        }
    }
}
