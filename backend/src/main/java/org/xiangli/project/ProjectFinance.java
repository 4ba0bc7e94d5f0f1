package org.xiangli.project;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Role;
import org.xiangli.time.CountyCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.xiangli.project.ProjectInputs.RecordBondStageInput;
import static org.xiangli.project.ProjectInputs.RecordFundMovementInput;
import static org.xiangli.project.ProjectInputs.ReviseProjectBudgetInput;

/**
 * A project's money: budget per source, disbursements and payments, special-bond stages.
 * Money moves by conditional UPDATEs ({@link ProjectFundings}), so payments ≤ disbursements ≤ budget
 * holds per source however many requests race; the database's CHECK constraints back this up.
 */
@Service
@Transactional
class ProjectFinance {

    private final ProjectRegistry registry;
    private final ProjectDirectory directory;
    private final Projects projects;
    private final ProjectFundings fundings;
    private final FundMovements movements;
    private final BondStages bondStages;
    private final Clock clock;
    private final Figures figures;

    ProjectFinance(ProjectRegistry registry, ProjectDirectory directory, Projects projects, ProjectFundings fundings,
                   FundMovements movements, BondStages bondStages, Clock clock, Figures figures) {
        this.figures = figures;
        this.registry = registry;
        this.directory = directory;
        this.projects = projects;
        this.fundings = fundings;
        this.movements = movements;
        this.bondStages = bondStages;
        this.clock = clock;
    }

    record Recorded(FundMovement movement, ProjectFunding funding) {
    }

    Recorded record(RecordFundMovementInput input) {
        figures.changed(Figures.PROJECTS);
        if (input.kind() == MovementKind.DISBURSEMENT && !CurrentCaller.get().has(Role.PLATFORM_ADMIN, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN)) {
            throw ApiException.forbidden("disbursements are recorded by the township or county that releases the money");
        }
        long projectId = GlobalId.decode(input.projectId(), ProjectDirectory.TYPE, "input.projectId");
        Project project = directory.byId(projectId)
                .orElseThrow(() -> ApiException.notFound("input.projectId", "no project with this ID in your area"));
        requireMoneyMayMove(project, "input.projectId");
        if (funding(projectId, input.source()) == null) {
            throw ApiException.badRequest("input.source", "%s has no %s budget: revise the budget first"
                    .formatted(project.getName(), input.source()));
        }
        if (input.movedOn().isAfter(CountyCalendar.today(clock))) {
            throw ApiException.badRequest("input.movedOn", "the value date may not be in the future, got " + input.movedOn());
        }
        String voucher = input.voucherNo().strip();
        if (movements.existsByProjectIdAndKindAndVoucherNo(projectId, input.kind(), voucher)) {
            throw ApiException.conflict("input.voucherNo", "voucher %s is already recorded for a %s of this project: check for a duplicate"
                    .formatted(voucher, input.kind().name().toLowerCase()));
        }
        BigDecimal amount = input.amount();
        boolean disbursement = input.kind() == MovementKind.DISBURSEMENT;
        int moved = disbursement ? fundings.disburse(projectId, input.source().name(), amount)
                : fundings.pay(projectId, input.source().name(), amount);
        if (moved == 0) {
            ProjectFunding now = funding(projectId, input.source());
            throw ApiException.conflict("input.amount", disbursement
                    ? "only %s of the %s budget is left to disburse (budget %s, disbursed %s)".formatted(
                    now.undisbursed().toPlainString(), input.source(), now.getBudget().toPlainString(), now.getDisbursed().toPlainString())
                    : "only %s disbursed from %s is not yet paid (disbursed %s, paid %s): record the disbursement first".formatted(
                    now.unpaid().toPlainString(), input.source(), now.getDisbursed().toPlainString(), now.getPaid().toPlainString()));
        }
        if (projects.addMovedMoney(projectId, disbursement ? amount : BigDecimal.ZERO, disbursement ? BigDecimal.ZERO : amount) == 0) {
            // settled or cancelled by someone else a moment ago; the funding change rolls back with this refusal
            throw ApiException.conflict("input.projectId", project.getName() + " was just settled or cancelled: its records are read-only");
        }
        FundMovement movement = movements.save(new FundMovement(project, input.kind(), input.source(), amount, input.movedOn(),
                input.payeeKind(), input.payee().strip(), voucher, input.note(), CurrentCaller.get().name(), clock.instant()));
        return new Recorded(movement, funding(projectId, input.source()));
    }

    private ProjectFunding funding(long projectId, FundingSource source) {
        return fundings.findByProjectIdOrderBySource(projectId).stream()
                .filter(line -> line.getSource() == source).findFirst().orElse(null);
    }

    Project revise(ReviseProjectBudgetInput input) {
        figures.changed(Figures.PROJECTS);
        Project project = registry.current(input.id(), input.version());
        requireMoneyMayMove(project, "input.id");
        // a movement recorded meanwhile bumps the rows' versions, and this revision then fails as stale
        Map<FundingSource, ProjectFunding> current = fundings.findByProjectIdOrderBySource(project.getId()).stream()
                .collect(Collectors.toMap(ProjectFunding::getSource, f -> f));
        BigDecimal change = BigDecimal.ZERO;
        for (Map.Entry<FundingSource, BigDecimal> line : ProjectRegistry.budget(input.funding()).entrySet()) {
            ProjectFunding funding = current.get(line.getKey());
            if (funding == null) {
                fundings.save(new ProjectFunding(project, line.getKey(), line.getValue()));
                change = change.add(line.getValue());
                continue;
            }
            if (line.getValue().compareTo(funding.getDisbursed()) < 0) {
                throw ApiException.conflict("input.funding", "the %s budget cannot fall below the %s already disbursed"
                        .formatted(line.getKey(), funding.getDisbursed().toPlainString()));
            }
            change = change.add(line.getValue().subtract(funding.getBudget()));
            funding.revise(line.getValue());
            fundings.save(funding);
        }
        projects.addToTotals(project.getId(), change, BigDecimal.ZERO, BigDecimal.ZERO);
        return directory.byId(project.getId()).orElseThrow();
    }

    BondStage recordBondStage(RecordBondStageInput input) {
        Project project = registry.existing(input.projectId(), "input.projectId");
        requireMoneyMayMove(project, "input.projectId");
        List<ProjectFunding> lines = fundings.findByProjectIdOrderBySource(project.getId());
        if (lines.stream().noneMatch(f -> f.getSource() == FundingSource.SPECIAL_BOND)) {
            throw ApiException.badRequest("input.projectId", project.getName() + " has no special-bond budget: bond stages do not apply");
        }
        if (input.happenedOn().isAfter(CountyCalendar.today(clock))) {
            throw ApiException.badRequest("input.happenedOn", "the date may not be in the future, got " + input.happenedOn());
        }
        Set<BondStageKind> recorded = EnumSet.noneOf(BondStageKind.class);
        directory.bondStages(List.of(project.getId())).getOrDefault(project.getId(), List.of())
                .forEach(stage -> recorded.add(stage.getStage()));
        for (BondStageKind earlier : BondStageKind.values()) {
            if (earlier == input.stage()) {
                break;
            }
            if (!recorded.contains(earlier)) {
                throw ApiException.conflict("input.stage", "%s comes after %s, which is not recorded yet (借、建、用、还 in order)"
                        .formatted(input.stage(), earlier));
            }
        }
        return bondStages.save(new BondStage(project, input.stage(), input.happenedOn(), input.amount(), input.note(),
                CurrentCaller.get().name(), clock.instant()));
    }

    private static void requireMoneyMayMove(Project project, String field) {
        if (!project.getStatus().acceptsMoney()) {
            throw ApiException.conflict(field, "%s is %s: its records are read-only".formatted(project.getName(),
                    project.getStatus().name().toLowerCase()));
        }
    }
}
