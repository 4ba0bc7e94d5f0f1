package org.xiangli.security;

import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * AES-256-GCM for sensitive columns (ID numbers, health notes). A stored value is
 * {@code <key id>:<base64(nonce ‖ ciphertext ‖ tag)>}: new values use the current key, older values
 * stay readable with the key they name, so keys rotate without a stop (docs/architecture.md, Encryption at rest).
 */
@Component
public class FieldEncryption {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys;
    private final String currentKey;

    public FieldEncryption(CryptoProperties properties) {
        this.keys = properties.keys().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> new SecretKeySpec(decodeKey(entry.getKey(), entry.getValue()), "AES")));
        this.currentKey = properties.currentKey();
        if (!keys.containsKey(currentKey)) {
            throw new IllegalStateException("xiangli.crypto.current-key '" + currentKey
                    + "' names no key in xiangli.crypto.keys: add the key or fix the name");
        }
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return currentKey + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        String keyId = colon < 0 ? "" : stored.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("a value is encrypted with key '" + keyId
                    + "', which is not configured: restore it to xiangli.crypto.keys");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored value could not be decrypted (tampered, or a wrong key under id '" + keyId + "')", e);
        }
    }

    /** Whether a stored value was written with an older key and should be re-encrypted. */
    public boolean isStale(String stored) {
        return !stored.startsWith(currentKey + ":");
    }

    private static byte[] decodeKey(String id, String base64) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException("xiangli.crypto.keys." + id + " must be 32 bytes, base64-encoded (openssl rand -base64 32)");
        }
        return key;
    }
}
