package org.xiangli.project;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiangli.figures.Figures;
import org.xiangli.files.FileStore;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.security.CurrentCaller;
import org.xiangli.time.CountyCalendar;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

import static org.xiangli.project.ProjectInputs.SubmitProgressReportInput;

/** Half-month progress reports and the evidence files that back them. */
@Service
@Transactional
class ProgressReporting {

    private final ProjectRegistry registry;
    private final ProjectDirectory directory;
    private final Projects projects;
    private final ProgressReports reports;
    private final EvidenceFiles evidence;
    private final FileStore store;
    private final Clock clock;

    private final VersionGuard versions;
    private final Figures figures;

    ProgressReporting(ProjectRegistry registry, ProjectDirectory directory, Projects projects, ProgressReports reports,
                      EvidenceFiles evidence, FileStore store, Clock clock, VersionGuard versions, Figures figures) {
        this.figures = figures;
        this.versions = versions;
        this.registry = registry;
        this.directory = directory;
        this.projects = projects;
        this.reports = reports;
        this.evidence = evidence;
        this.store = store;
        this.clock = clock;
    }

    ProgressReport submit(SubmitProgressReportInput input) {
        figures.changed(Figures.PROJECTS);
        Project project = registry.existing(input.projectId(), "input.projectId");
        if (!project.getStatus().acceptsReports()) {
            throw ApiException.conflict("input.projectId", "%s is %s: progress is reported while a project is in progress or just completed"
                    .formatted(project.getName(), project.getStatus().name().toLowerCase()));
        }
        if (!HalfMonth.startsPeriod(input.periodStart())) {
            throw ApiException.badRequest("input.periodStart", "a period starts on the 1st or the 16th of a month, got " + input.periodStart());
        }
        HalfMonth period = HalfMonth.containing(input.periodStart());
        LocalDate today = CountyCalendar.today(clock);
        if (period.start().isAfter(today)) {
            throw ApiException.badRequest("input.periodStart", "the period starting " + period.start() + " has not begun yet");
        }
        HalfMonth first = HalfMonth.containing(project.getActualStart());
        if (period.start().isBefore(first.start())) {
            throw ApiException.badRequest("input.periodStart", "the project started on %s: its first period starts %s"
                    .formatted(project.getActualStart(), first.start()));
        }
        String narrative = input.narrative().strip();
        String actor = CurrentCaller.get().name();
        ProgressReport report = reports.findByProjectIdAndPeriodStart(project.getId(), period.start())
                .map(existing -> {
                    if (input.version() == null) {
                        throw ApiException.conflict("input.version", "the report for %s–%s exists (version %d): pass that version to correct it"
                                .formatted(period.start(), period.end(), existing.getVersion()));
                    }
                    versions.claim(existing, input.version(), "The report for %s–%s".formatted(period.start(), period.end()));
                    existing.correct(input.percentDone(), input.moneySpent(), narrative, actor);
                    return existing;
                })
                .orElseGet(() -> new ProgressReport(project, period, input.percentDone(), input.moneySpent(), narrative, actor));
        project.reported(period);
        projects.save(project);
        return reports.save(report);
    }

    /** Stores an evidence file for a report; the file is removed again if the transaction fails. */
    EvidenceFile attach(String reportGlobalId, String fileName, InputStream content) {
        long reportId = GlobalId.decode(reportGlobalId, ProjectDirectory.REPORT_TYPE, "reportId");
        ProgressReport report = directory.report(reportId)
                .orElseThrow(() -> ApiException.notFound("reportId", "no progress report with this ID in your area"));
        Project project = directory.byId(report.getProjectId())
                .orElseThrow(() -> ApiException.notFound("reportId", "no progress report with this ID in your area"));
        if (project.getStatus() == ProjectStatus.SETTLED || project.getStatus() == ProjectStatus.CANCELLED) {
            throw ApiException.conflict("reportId", "%s is %s: its records are read-only"
                    .formatted(project.getName(), project.getStatus().name().toLowerCase()));
        }
        FileStore.Stored stored = store.store(content);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(stored.storageKey());
                }
            }
        });
        String name = fileName == null || fileName.isBlank() ? "evidence" : safeName(fileName);
        return evidence.save(new EvidenceFile(report, name, stored.contentType(), stored.size(), stored.sha256(),
                stored.storageKey(), CurrentCaller.get().name(), clock.instant()));
    }

    /** The file name as shown: no path, no control characters, at most 255 characters. */
    private static String safeName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return base.isEmpty() ? "evidence" : base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
