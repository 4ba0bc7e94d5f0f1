package org.xiangli.security;

/**
 * Kinds of personal data (PIPL), each with its mask. Masks keep just enough to recognise a record
 * (a surname, the phone's network prefix and last four digits) and nothing to identify a person.
 */
public enum PersonalKind {
    NAME {
        @Override
        public String mask(String value) {
            return value.isEmpty() ? value : value.substring(0, 1) + "*".repeat(Math.max(1, value.length() - 1));
        }
    },
    PHONE {
        @Override
        public String mask(String value) {
            return value.length() >= 11 ? value.substring(0, 3) + "****" + value.substring(value.length() - 4)
                    : "*".repeat(Math.max(0, value.length() - 2)) + value.substring(Math.max(0, value.length() - 2));
        }
    },
    ID_NUMBER {
        @Override
        public String mask(String value) {
            return value.length() > 8 ? value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4)
                    : "*".repeat(value.length());
        }
    },
    ADDRESS {
        @Override
        public String mask(String value) {
            return value.length() > 6 ? value.substring(0, 6) + "****" : "****";
        }
    },
    HEALTH {
        @Override
        public String mask(String value) {
            return "****";
        }
    };

    public abstract String mask(String value);
}
