package org.xiangli.matter;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.util.unit.DataSize;
import org.xiangli.files.FileStore;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Photos of matters: uploaded from the phone before the step that attaches them ({@code POST
 * /files/matter-photos}, multipart {@code file}, JPEG or PNG up to 10 MB, optional {@code takenAt}),
 * fetched with the caller's token: an attached photo by whoever sees its matter, a loose one only
 * by its uploader. Stored through the shared {@link FileStore}.
 */
@RestController
class MatterPhotoFiles {

    static final String PATH = "/files/matter-photos";
    static final long MAX_BYTES = DataSize.ofMegabytes(10).toBytes();

    private final FileStore store;
    private final MatterPhotos photos;
    private final MatterDirectory directory;
    private final Clock clock;

    MatterPhotoFiles(FileStore store, MatterPhotos photos, MatterDirectory directory, Clock clock) {
        this.store = store;
        this.photos = photos;
        this.directory = directory;
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.MATTER_REPORTERS)
    @Transactional
    ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file,
                                               @RequestPart(name = "takenAt", required = false) @Nullable String takenAt) throws IOException {
        Instant taken = parse(takenAt);
        FileStore.Stored stored;
        try (InputStream content = file.getInputStream()) {
            stored = store.store(content, FileStore.PHOTOS, Math.min(MAX_BYTES, store.maxBytes()));
        }
        var caller = CurrentCaller.get();
        String scope = caller.sqlScope().prefix();
        MatterPhoto photo = photos.save(new MatterPhoto(scope == null ? "" : scope, stored.storageKey(), stored.contentType(), stored.size(),
                stored.sha256(), taken, clock.instant().truncatedTo(ChronoUnit.SECONDS), caller.name()));
        String id = GlobalId.of(MatterPhoto.TYPE, photo.getId());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "url", PATH + "/" + id));
    }

    @GetMapping(PATH + "/{photoId}")
    @PreAuthorize(Roles.MATTER_READERS)
    ResponseEntity<Resource> photo(@PathVariable String photoId) {
        long id = GlobalId.decode(photoId, MatterPhoto.TYPE, "photoId");
        String me = CurrentCaller.get().name();
        MatterPhoto photo = photos.findById(id)
                .filter(found -> found.getMatterId() == null ? found.getUploadedBy().equals(me) : directory.byId(found.getMatterId()).isPresent())
                .orElseThrow(() -> ApiException.notFound("photoId", "no photo with this ID in your area"));
        var path = store.path(photo.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw ApiException.notFound("photoId", "the photo's content is missing from storage: report this ID");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.getContentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(path));
    }

    private static @Nullable Instant parse(@Nullable String takenAt) {
        if (takenAt == null || takenAt.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(takenAt.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("takenAt", "'" + (takenAt.length() > 40 ? takenAt.substring(0, 40) : takenAt)
                    + "' is not an ISO-8601 time with an offset, e.g. 2026-05-01T09:30:00+08:00");
        }
    }
}
