package org.xiangli.eldercare;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.xiangli.graphql.Connection;
import org.xiangli.graphql.PageRequest;
import org.xiangli.security.Roles;

import static org.xiangli.eldercare.IngestionProblems.DeadLetterFilter;
import static org.xiangli.eldercare.IngestionProblems.UnknownDeviceFilter;

/** The operations views of ingestion: dead letters and unknown devices (who sees what: {@link IngestionProblems}). */
@Controller
class IngestionProblemsController {

    private final IngestionProblems problems;

    IngestionProblemsController(IngestionProblems problems) {
        this.problems = problems;
    }

    @QueryMapping
    @PreAuthorize(Roles.DEVICE_FEEDS)
    Connection<DeadLetter> deviceDeadLetters(@Argument @Nullable Integer first, @Argument @Nullable String after,
                                             @Argument @Nullable Integer last, @Argument @Nullable String before,
                                             @Argument @Nullable DeadLetterFilter filter) {
        return problems.deadLetters(filter == null ? DeadLetterFilter.NONE : filter, PageRequest.of(first, after, last, before));
    }

    @QueryMapping
    @PreAuthorize(Roles.PLATFORM_ADMIN)
    Connection<UnknownDevice> unknownDevices(@Argument @Nullable Integer first, @Argument @Nullable String after,
                                             @Argument @Nullable Integer last, @Argument @Nullable String before,
                                             @Argument @Nullable UnknownDeviceFilter filter) {
        return problems.unknownDevices(filter == null ? UnknownDeviceFilter.NONE : filter, PageRequest.of(first, after, last, before));
    }
}
