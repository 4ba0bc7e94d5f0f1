package org.xiangli.security;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldEncryptionTest {

    private static final String OLD = key(1);
    private static final String NEW = key(2);

    @Test
    void encryptsWithANonceSoEqualValuesDifferAndDecryptsBack() {
        FieldEncryption encryption = new FieldEncryption(new CryptoProperties(Map.of("k1", OLD), "k1"));
        String first = encryption.encrypt("330523195001011234");
        String second = encryption.encrypt("330523195001011234");
        assertThat(first).startsWith("k1:").isNotEqualTo(second).doesNotContain("1950");
        assertThat(encryption.decrypt(first)).isEqualTo("330523195001011234");
    }

    @Test
    void oldValuesStayReadableAfterRotationAndAreFlaggedStale() {
        String written = new FieldEncryption(new CryptoProperties(Map.of("k1", OLD), "k1")).encrypt("高血压，独居");
        FieldEncryption rotated = new FieldEncryption(new CryptoProperties(Map.of("k1", OLD, "k2", NEW), "k2"));
        assertThat(rotated.decrypt(written)).isEqualTo("高血压，独居");
        assertThat(rotated.isStale(written)).isTrue();
        assertThat(rotated.isStale(rotated.encrypt("x"))).isFalse();
    }

    @Test
    void aTamperedValueOrAMissingKeyIsRefused() {
        FieldEncryption encryption = new FieldEncryption(new CryptoProperties(Map.of("k1", OLD), "k1"));
        String stored = encryption.encrypt("secret");
        // one character in the middle of the Base64 payload changed to a different one (never a no-op)
        int middle = stored.length() / 2;
        String tampered = stored.substring(0, middle) + (stored.charAt(middle) == 'A' ? 'B' : 'A') + stored.substring(middle + 1);
        assertThatThrownBy(() -> encryption.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryption.decrypt("k9:" + stored.substring(3))).hasMessageContaining("not configured");
        assertThatThrownBy(() -> new FieldEncryption(new CryptoProperties(Map.of("k1", "c2hvcnQ="), "k1"))).hasMessageContaining("32 bytes");
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return Base64.getEncoder().encodeToString(key);
    }
}
