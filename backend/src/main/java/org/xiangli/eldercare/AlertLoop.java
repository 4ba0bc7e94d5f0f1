package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiangli.figures.Figures;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.GlobalId;
import org.xiangli.graphql.VersionGuard;
import org.xiangli.security.CurrentCaller;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import static org.xiangli.eldercare.ElderCareInputs.AlertStepInput;
import static org.xiangli.eldercare.ElderCareInputs.LogAlertCallInput;
import static org.xiangli.eldercare.ElderCareInputs.ResolveAlertInput;

/**
 * Works alerts through the closed loop. Each step is checked against the alert's status (an illegal
 * one is a CONFLICT naming the status and the allowed steps), stamped to the second with its actor,
 * recorded in the history and published to the live stream.
 */
@Service
@Transactional
class AlertLoop {

    private final ElderCareDirectory directory;
    private final Alerts alerts;
    private final AlertSteps steps;
    private final ElderContacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final VersionGuard versions;
    private final Figures figures;

    AlertLoop(ElderCareDirectory directory, Alerts alerts, AlertSteps steps, ElderContacts contacts,
              ApplicationEventPublisher events, Clock clock, VersionGuard versions, Figures figures) {
        this.versions = versions;
        this.directory = directory;
        this.alerts = alerts;
        this.steps = steps;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
        this.figures = figures;
    }

    Alert acknowledge(AlertStepInput input) {
        Alert alert = current(input.id(), input.version(), StepAction.ACKNOWLEDGED);
        Instant now = now();
        alert.acknowledge(CurrentCaller.get().name(), now);
        return saved(alert, StepAction.ACKNOWLEDGED, now, input.note(), null, null);
    }

    Alert arrive(AlertStepInput input) {
        Alert alert = current(input.id(), input.version(), StepAction.ON_SITE);
        Instant now = now();
        alert.arrive(now);
        return saved(alert, StepAction.ON_SITE, now, input.note(), null, null);
    }

    Alert resolve(ResolveAlertInput input) {
        if (input.outcome() == AlertOutcome.OTHER && (input.note() == null || input.note().isBlank())) {
            throw ApiException.badRequest("input.note", "say in the note what happened when the outcome is OTHER");
        }
        Alert alert = current(input.id(), input.version(), StepAction.RESOLVED);
        Instant now = now();
        alert.resolve(input.outcome(), now);
        return saved(alert, StepAction.RESOLVED, now, input.note() == null ? input.outcome().name() : input.outcome() + ": " + input.note(),
                null, null);
    }

    Alert followUp(AlertStepInput input) {
        Alert alert = current(input.id(), input.version(), StepAction.FOLLOWED_UP);
        Instant now = now();
        alert.followUp(now);
        return saved(alert, StepAction.FOLLOWED_UP, now, input.note(), null, null);
    }

    Alert close(AlertStepInput input) {
        Alert alert = current(input.id(), input.version(), StepAction.CLOSED);
        Instant now = now();
        alert.close(now);
        return saved(alert, StepAction.CLOSED, now, input.note(), null, null);
    }

    Alert logCall(LogAlertCallInput input) {
        Alert alert = current(input.id(), input.version(), StepAction.CALL);
        if (input.contactPosition() > 0 && !contacts.existsByElderIdAndPosition(alert.getElderId(), input.contactPosition())) {
            throw ApiException.badRequest("input.contactPosition", "the elder's call tree has no position " + input.contactPosition()
                    + ": use 0 for the elder or a position of the call tree");
        }
        // the call is history, not a status change; the version still moves so concurrent edits are noticed
        alert.touched();
        return saved(alert, StepAction.CALL, now(), input.note(), input.contactPosition(), input.result());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private Alert current(String globalId, long version, StepAction step) {
        Alert alert = directory.alert(GlobalId.decode(globalId, Alert.TYPE, "input.id"))
                .orElseThrow(() -> ApiException.notFound("input.id", "no alert with this ID in your scope"));
        GridFirstResponders.checkMayAct(alert);
        versions.claim(alert, version, "The alert");
        List<StepAction> allowed = alert.getStatus().next(alert.getOutcome());
        if (!allowed.contains(step)) {
            throw ApiException.conflict("input.id", "the alert is %s: %s".formatted(alert.getStatus(), allowed.isEmpty()
                    ? "a closed alert takes no more steps"
                    : "the next step can be " + allowed.stream().map(StepAction::name).collect(Collectors.joining(", "))));
        }
        return alert;
    }

    private Alert saved(Alert alert, StepAction action, Instant at, @Nullable String note,
                        @Nullable Integer contactPosition, @Nullable CallResult result) {
        Alert saved = alerts.saveAndFlush(alert);
        figures.changed(Figures.ALERTS);
        steps.save(new AlertStep(saved, action, at, CurrentCaller.get().name(), note, contactPosition, result));
        events.publishEvent(new AlertChange(AlertChange.Action.UPDATED, saved));
        return saved;
    }
}
