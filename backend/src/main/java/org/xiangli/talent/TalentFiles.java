package org.xiangli.talent;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.security.Roles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The registry's file endpoints (they need a token, like everything outside /graphql): the import
 * template, the upload that starts an import, and the export of a filtered list.
 */
@RestController
@RequestMapping("/files/talents")
class TalentFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TalentImports imports;
    private final TalentExport export;
    private final TalentsProperties properties;

    TalentFiles(TalentImports imports, TalentExport export, TalentsProperties properties) {
        this.imports = imports;
        this.export = export;
        this.properties = properties;
    }

    @GetMapping("/import-template.xlsx")
    @PreAuthorize(Roles.OFFICIALS)
    ResponseEntity<StreamingResponseBody> template() {
        return xlsx("talent-import-template.xlsx", TalentWorkbook::template);
    }

    /** Starts an import; answers 202 with the job's ID, to follow with {@code talentImport(id:)}. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.OFFICIALS)
    ResponseEntity<Map<String, Object>> startImport(@RequestParam("file") MultipartFile file,
                                                    @RequestParam(defaultValue = "false") boolean validateOnly,
                                                    @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode) throws IOException {
        TalentImport.Mode parsedMode;
        try {
            parsedMode = TalentImport.Mode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("mode", "mode must be ALL_OR_NOTHING or VALID_ROWS, got " + mode);
        }
        if (file.isEmpty()) {
            throw ApiException.badRequest("file", "the upload is empty: attach the .xlsx file as the multipart field 'file'");
        }
        if (file.getSize() > properties.maxUploadSize().toBytes()) {
            throw ApiException.tooLarge("file", "the file is larger than " + properties.maxUploadSize() + ": split it");
        }
        String name = file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename();
        long id = imports.start(file.getBytes(), name.length() > 255 ? name.substring(0, 255) : name, validateOnly, parsedMode);
        return ResponseEntity.accepted().body(Map.of("id", GlobalId.of(TalentImport.TYPE, id), "status", "RUNNING"));
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(Roles.TALENT_READERS)
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String query,
                                                 @RequestParam(required = false) @Nullable String within,
                                                 @RequestParam(required = false) @Nullable List<TalentCategory> categories,
                                                 @RequestParam(required = false) @Nullable List<Whereabouts> whereabouts,
                                                 @RequestParam(required = false) @Nullable String industry) {
        TalentExport.Prepared prepared = export.prepare(query, new TalentFilter(within, categories, whereabouts, industry));
        return xlsx("talents.xlsx", prepared::write);
    }

    private static ResponseEntity<StreamingResponseBody> xlsx(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
