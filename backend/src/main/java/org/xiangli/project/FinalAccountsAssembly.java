package org.xiangli.project;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.xiangli.project.FinalAccounts.Gap;
import static org.xiangli.project.FinalAccounts.Kind;

/** One-click final accounts (一键竣工决算): everything recorded about a project, checked for gaps. */
@Service
@Transactional(readOnly = true)
class FinalAccountsAssembly {

    private final ProjectDirectory directory;
    private final Clock clock;

    FinalAccountsAssembly(ProjectDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The final accounts of a project in the caller's scope. */
    public Optional<FinalAccounts> of(long projectId) {
        return directory.byId(projectId).map(this::assemble);
    }

    private FinalAccounts assemble(Project project) {
        List<Long> id = List.of(project.getId());
        List<ProjectFunding> funding = directory.funding(id).getOrDefault(project.getId(), List.of());
        List<FundMovement> movements = directory.movements(id).getOrDefault(project.getId(), List.of());
        List<ProgressReport> reports = new ArrayList<>(directory.reports(id).getOrDefault(project.getId(), List.of()));
        reports.sort(Comparator.comparing(ProgressReport::getPeriodStart));
        List<EvidenceFile> evidence = directory.evidenceOf(project.getId());
        List<BondStage> stages = directory.bondStages(id).getOrDefault(project.getId(), List.of());
        BigDecimal budget = sum(funding.stream().map(ProjectFunding::getBudget).toList());
        BigDecimal disbursed = sum(funding.stream().map(ProjectFunding::getDisbursed).toList());
        BigDecimal paid = sum(funding.stream().map(ProjectFunding::getPaid).toList());
        BigDecimal spent = sum(reports.stream().map(ProgressReport::getMoneySpent).toList());

        List<Gap> gaps = new ArrayList<>();
        if (project.getActualStart() == null || project.getActualEnd() == null) {
            gaps.add(new Gap(Kind.MISSING_DATES, "the actual %s date is not recorded: move the project through IN_PROGRESS and COMPLETED"
                    .formatted(project.getActualStart() == null ? "start" : "completion")));
        }
        missingPeriods(project, reports).forEach(period -> gaps.add(new Gap(Kind.MISSING_REPORT,
                "no progress report for %s – %s".formatted(period.start(), period.end()))));
        Set<Long> withEvidence = evidence.stream().map(EvidenceFile::getReportId).collect(Collectors.toSet());
        reports.stream().filter(report -> !withEvidence.contains(report.getId())).forEach(report -> gaps.add(new Gap(
                Kind.REPORT_WITHOUT_EVIDENCE, "the report for %s – %s has no photos or documents"
                .formatted(report.getPeriodStart(), report.getPeriodEnd()))));
        if (reports.isEmpty() || reports.getLast().getPercentDone() < 100) {
            gaps.add(new Gap(Kind.PROGRESS_INCOMPLETE, reports.isEmpty() ? "no progress was ever reported"
                    : "the latest report says %d %% complete".formatted(reports.getLast().getPercentDone())));
        }
        for (ProjectFunding line : funding) {
            if (line.unpaid().signum() > 0) {
                gaps.add(new Gap(Kind.UNPAID_DISBURSEMENT, "%s: %s disbursed but not paid out".formatted(
                        line.getSource(), line.unpaid().toPlainString())));
            }
            if (line.undisbursed().signum() > 0) {
                gaps.add(new Gap(Kind.UNDISBURSED_BUDGET, "%s: %s of the budget never disbursed".formatted(
                        line.getSource(), line.undisbursed().toPlainString())));
            }
        }
        if (spent.compareTo(paid) != 0) {
            gaps.add(new Gap(Kind.SPENDING_MISMATCH, "reports say %s was spent, payments recorded add up to %s"
                    .formatted(spent.toPlainString(), paid.toPlainString())));
        }
        if (funding.stream().anyMatch(line -> line.getSource() == FundingSource.SPECIAL_BOND)) {
            Set<BondStageKind> recorded = stages.stream().map(BondStage::getStage)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(BondStageKind.class)));
            for (BondStageKind stage : List.of(BondStageKind.BORROW, BondStageKind.BUILD, BondStageKind.USE)) {
                if (!recorded.contains(stage)) {
                    gaps.add(new Gap(Kind.MISSING_BOND_STAGE, "special-bond stage " + stage + " is not recorded"));
                }
            }
        }
        return new FinalAccounts(project, funding, budget, disbursed, paid, spent, movements, reports, evidence, stages, List.copyOf(gaps));
    }

    /** The half months from the project's start to its end (or the last one due) without a report. */
    private List<HalfMonth> missingPeriods(Project project, List<ProgressReport> reports) {
        if (project.getActualStart() == null) {
            return List.of();
        }
        LocalDate through = project.getActualEnd() != null ? HalfMonth.containing(project.getActualEnd()).end()
                : HalfMonth.dueThrough(CountyCalendar.today(clock));
        Map<LocalDate, ProgressReport> byStart = reports.stream()
                .collect(Collectors.toMap(ProgressReport::getPeriodStart, r -> r));
        List<HalfMonth> missing = new ArrayList<>();
        for (HalfMonth period = HalfMonth.containing(project.getActualStart()); !period.end().isAfter(through); period = period.next()) {
            if (!byStart.containsKey(period.start())) {
                missing.add(period);
            }
        }
        return missing;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
