package org.xiangli.graphql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class RefusalTest {

    private static final DataSize LIMIT = DataSize.ofMegabytes(10);

    @Test
    void aClientThatHungUpIsNoInternalError() {
        Refusal brokenPipe = Refusal.of(new AsyncRequestNotUsableException("ServletOutputStream failed to flush",
                new IOException("Broken pipe")), 500, LIMIT, true);
        Refusal reset = Refusal.of(new IOException("Connection reset by peer"), 500, LIMIT, false);

        assertThat(brokenPipe.classification()).isEqualTo(ApiError.BAD_REQUEST);
        assertThat(reset.classification()).isEqualTo(ApiError.BAD_REQUEST);
    }

    @Test
    void anUnexpectedFailureStaysAnInternalErrorWithTheRequestIdToReport(CapturedOutput log) {
        MDC.put(RequestIdFilter.MDC_KEY, "req-refusal-1");
        try {
            Refusal refusal = Refusal.of(new IllegalStateException("a bug"), 500, LIMIT, true);

            assertThat(refusal.classification()).isEqualTo(ApiError.INTERNAL_ERROR);
            assertThat(refusal.status()).isEqualTo(500);
            assertThat(refusal.message()).startsWith("Something went wrong on our side").doesNotContain("a bug")
                    .contains("req-refusal-1");
            // the operator finds the cause by the request id the client reports
            assertThat(log.getOut()).contains("INTERNAL_ERROR for request req-refusal-1")
                    .contains("java.lang.IllegalStateException: a bug");
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }
}
