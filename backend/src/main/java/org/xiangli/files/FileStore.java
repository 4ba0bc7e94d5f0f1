package org.xiangli.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.xiangli.graphql.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps uploaded files (projects' evidence, matters' photos) on disk under random names, never
 * under a name a client chose. The content type is decided from the file's first bytes (JPEG, PNG
 * or PDF), not from what the client claims; each use says which types and what size it accepts.
 */
@Component
@EnableConfigurationProperties(FileProperties.class)
public class FileStore {

    /** Photos only. */
    public static final Set<String> PHOTOS = Set.of("image/jpeg", "image/png");
    /** Photos and PDF documents. */
    public static final Set<String> DOCUMENTS = Set.of("image/jpeg", "image/png", "application/pdf");

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private final FileProperties properties;

    FileStore(FileProperties properties) {
        this.properties = properties;
    }

    public record Stored(String storageKey, String contentType, long size, String sha256) {
    }

    /** The largest file accepted at all ({@code xiangli.files.max-size}). */
    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    /** Stores a JPEG, PNG or PDF within {@link #maxBytes()} (projects' evidence). */
    public Stored store(InputStream in) {
        return store(in, DOCUMENTS, maxBytes());
    }

    /**
     * Stores the stream if it is of one of the types and within the size limit.
     *
     * @throws ApiException BAD_REQUEST naming {@code file} otherwise (413 when too large); nothing stays on disk then
     */
    public Stored store(InputStream in, Set<String> types, long maxBytes) {
        String key = UUID.randomUUID().toString();
        Path target = resolve(key);
        Path partial = target.resolveSibling(key + ".part");
        try {
            Files.createDirectories(target.getParent());
            byte[] head = in.readNBytes(8);
            String type = sniff(head);
            if (type == null || !types.contains(type)) {
                throw ApiException.badRequest("file", types.contains("application/pdf")
                        ? "only JPEG and PNG photos and PDF documents are accepted; this file is none of them"
                        : "only JPEG and PNG photos are accepted; this file is neither");
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
                out.write(head);
                size = head.length + copyAtMost(in, out, maxBytes - head.length, maxBytes);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, type, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store evidence " + key, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file holds nothing anyone can reach
            }
        }
    }

    public Path path(String storageKey) {
        return resolve(storageKey);
    }

    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(resolve(storageKey));
        } catch (IOException ignored) {
            // an orphan file without a row is never served
        }
    }

    private Path resolve(String key) {
        // two levels of directories keep any one of them small
        return properties.directory().resolve(key.substring(0, 2)).resolve(key);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            copied += read;
            if (copied > limit) {
                throw ApiException.tooLarge("file", "the file is larger than the limit of %d bytes: send a smaller one"
                        .formatted(maxBytes));
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    static String sniff(byte[] head) {
        if (startsWith(head, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(head, PNG)) {
            return "image/png";
        }
        return startsWith(head, PDF) ? "application/pdf" : null;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
