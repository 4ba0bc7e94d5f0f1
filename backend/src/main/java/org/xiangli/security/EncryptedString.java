package org.xiangli.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text attribute encrypted at rest: {@code @Convert(converter = EncryptedString.class)}.
 * Hibernate creates it through Spring, so it uses the configured keys.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private final FieldEncryption encryption;

    public EncryptedString(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : encryption.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : encryption.decrypt(stored);
    }
}
