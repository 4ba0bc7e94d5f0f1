package org.xiangli.eldercare;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xiangli.graphql.ApiError;
import org.xiangli.graphql.ApiException;
import org.xiangli.graphql.HttpErrors;
import org.xiangli.security.Caller;
import org.xiangli.security.CurrentCaller;
import org.xiangli.security.Roles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Device events over HTTP for integrators whose gateways cannot speak MQTT: a JSON array of the
 * same events, validated and stored by the same pipeline, answered per event once committed.
 * Only devices in the sender's scope are accepted.
 */
@RestController
class DeviceEventController {

    static final int MAX_EVENTS = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventPipeline pipeline;

    DeviceEventController(EventPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The answer: one result per event, in the order sent. */
    record Answer(int accepted, int duplicates, int rejected, List<Incoming.Result> results) {
    }

    @PostMapping(path = "/api/device-events", consumes = "application/json", produces = "application/json")
    @PreAuthorize(Roles.DEVICE_FEEDS)
    ResponseEntity<?> post(@RequestBody byte[] body) throws InterruptedException {
        JsonNode events;
        try {
            events = JSON.readTree(body);
        } catch (JacksonException e) {
            return refuse("the body must be a JSON array of events: " + e.getOriginalMessage());
        }
        if (events == null || !events.isArray()) {
            return refuse("the body must be a JSON array of events (docs/device-contract.md)");
        }
        if (events.size() > MAX_EVENTS) {
            return refuse("at most " + MAX_EVENTS + " events per request, got " + events.size() + ": split the array");
        }
        Caller caller = CurrentCaller.get();
        List<CompletableFuture<Incoming.Result>> pending = new ArrayList<>(events.size());
        for (JsonNode event : events) {
            CompletableFuture<Incoming.Result> done = new CompletableFuture<>();
            // the topic of an HTTP post names its sender, so a dead letter can be shown to whoever posted it
            pipeline.submit(new Incoming(JSON.writeValueAsBytes(event), Incoming.Source.HTTP, DeadLetter.postedBy(caller), caller, done::complete));
            pending.add(done);
        }
        List<Incoming.Result> results = new ArrayList<>(pending.size());
        try {
            for (CompletableFuture<Incoming.Result> done : pending) {
                results.add(done.get(30, TimeUnit.SECONDS));
            }
        } catch (ExecutionException | TimeoutException e) {
            return ResponseEntity.status(503).header("Retry-After", "5").contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(HttpErrors.problem(503, ApiError.INTERNAL_ERROR,
                            "events could not be stored in time: send them again (duplicates are ignored)", null, "/api/device-events"));
        }
        return ResponseEntity.ok(new Answer(count(results, Incoming.Status.ACCEPTED), count(results, Incoming.Status.DUPLICATE),
                count(results, Incoming.Status.REJECTED), results));
    }

    private static int count(List<Incoming.Result> results, Incoming.Status status) {
        return (int) results.stream().filter(result -> result.status() == status).count();
    }

    private static ResponseEntity<?> refuse(String message) {
        throw ApiException.badRequest("body", message);
    }
}
