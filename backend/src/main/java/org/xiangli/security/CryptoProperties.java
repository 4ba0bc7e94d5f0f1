package org.xiangli.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Keys for {@link FieldEncryption}.
 *
 * @param keys       key id → 32-byte AES key, base64
 * @param currentKey the id of the key new values are encrypted with
 */
@ConfigurationProperties("xiangli.crypto")
public record CryptoProperties(Map<String, String> keys, String currentKey) {

    public CryptoProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
