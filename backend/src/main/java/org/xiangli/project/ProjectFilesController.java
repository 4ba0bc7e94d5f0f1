package org.xiangli.project;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xiangli.files.FileStore;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.security.Roles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The file side of projects, over plain HTTP with a token: uploading evidence for a progress
 * report, downloading it again, and the final accounts as an Excel workbook. Every read goes
 * through the caller's scope, so a file outside it is 404 like one that does not exist.
 */
@RestController
class ProjectFilesController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProgressReporting reporting;
    private final ProjectDirectory directory;
    private final FinalAccountsAssembly finalAccounts;
    private final FinalAccountsWorkbook workbook;
    private final FileStore store;

    ProjectFilesController(ProgressReporting reporting, ProjectDirectory directory, FinalAccountsAssembly finalAccounts,
                           FinalAccountsWorkbook workbook, FileStore store) {
        this.reporting = reporting;
        this.directory = directory;
        this.finalAccounts = finalAccounts;
        this.workbook = workbook;
        this.store = store;
    }

    @PostMapping(path = "/files/reports/{reportId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Roles.OFFICIALS)
    ResponseEntity<Map<String, Object>> upload(@PathVariable String reportId, @RequestPart("file") MultipartFile file) throws IOException {
        EvidenceFile saved;
        try (InputStream content = file.getInputStream()) {
            saved = reporting.attach(reportId, file.getOriginalFilename(), content);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", GlobalId.of(ProjectDirectory.EVIDENCE_TYPE, saved.getId()));
        body.put("fileName", saved.getFileName());
        body.put("contentType", saved.getContentType());
        body.put("sizeBytes", saved.getSizeBytes());
        body.put("sha256", saved.getSha256());
        body.put("url", url(saved));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping("/files/evidence/{evidenceId}")
    ResponseEntity<Resource> evidence(@PathVariable String evidenceId) {
        long id = GlobalId.decode(evidenceId, ProjectDirectory.EVIDENCE_TYPE, "evidenceId");
        // the file's project decides: in the caller's scope, and for the public (no token) published (村务公开)
        EvidenceFile file = directory.evidenceFile(id).filter(found -> directory.byId(found.getProjectId()).isPresent())
                .orElseThrow(() -> ApiException.notFound("evidenceId", "no evidence file with this ID in your area"));
        var path = store.path(file.storageKey());
        if (!Files.isRegularFile(path)) {
            throw ApiException.notFound("evidenceId", "the file's content is missing from storage: report this ID");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .contentLength(file.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(path));
    }

    @GetMapping("/files/projects/{projectId}/final-accounts.xlsx")
    ResponseEntity<byte[]> finalAccounts(@PathVariable String projectId) throws IOException {
        long id = GlobalId.decode(projectId, ProjectDirectory.TYPE, "projectId");
        FinalAccounts accounts = finalAccounts.of(id)
                .orElseThrow(() -> ApiException.notFound("projectId", "no project with this ID in your area"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(accounts, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("竣工决算-" + accounts.project().getName() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(out.toByteArray());
    }

    static String url(EvidenceFile file) {
        return "/files/evidence/" + GlobalId.of(ProjectDirectory.EVIDENCE_TYPE, file.getId());
    }
}
