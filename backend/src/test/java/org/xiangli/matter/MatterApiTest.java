package org.xiangli.matter;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.xiangli.support.ApiTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixtures of the ledger tests: reporting and stepping matters over GraphQL, uploading photos. */
abstract class MatterApiTest extends ApiTest {

    static final String LIJIAXIANG = "330522100";
    static final String LIJIAXIANG_VILLAGE = "330522100200";
    static final String SHANGSHU_VILLAGE = "330523200200";

    static final String FIELDS = "id number kind title description status regionCode region { code } grid { code } reportedBy reportedAt"
            + " owner { kind reference name } deadline overdue escalationLevel doneAt closedAt version"
            + " photos { id url takenAt uploadedBy } history { action actor note }";

    Map report(String user, Map<String, Object> input) {
        return as(user).document("mutation($i: ReportMatterInput!) { reportMatter(input: $i) { matter { " + FIELDS + " } } }")
                .variable("i", input).execute().path("reportMatter.matter").entity(Map.class).get();
    }

    Map report(String user, String title) {
        return report(user, Map.of("kind", "ENVIRONMENT", "title", title));
    }

    GraphQlTester.Response step(String user, String mutation, String inputType, Map<String, Object> input) {
        return as(user).document("mutation($i: " + inputType + "!) { " + mutation + "(input: $i) { matter { " + FIELDS + " } } }")
                .variable("i", input).execute();
    }

    Map stepped(String user, String mutation, String inputType, Map<String, Object> input) {
        return step(user, mutation, inputType, input).path(mutation + ".matter").entity(Map.class).get();
    }

    Map dispatch(String user, Map matter, String kind, String owner, Instant deadline) {
        return stepped(user, "dispatchMatter", "DispatchMatterInput", Map.of("id", matter.get("id"), "version", matter.get("version"),
                "ownerKind", kind, "owner", owner, "deadline", deadline.toString()));
    }

    Map simple(String user, String mutation, Map matter) {
        return stepped(user, mutation, "MatterStepInput", Map.of("id", matter.get("id"), "version", matter.get("version")));
    }

    Map complete(String user, Map matter, String resolution) {
        return stepped(user, "completeMatter", "CompleteMatterInput", Map.of("id", matter.get("id"), "version", matter.get("version"),
                "resolution", resolution));
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    WebTestClient.ResponseSpec upload(String user, byte[] content, String takenAt) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "photo.jpg";
            }
        }).contentType(MediaType.IMAGE_JPEG);
        if (takenAt != null) {
            parts.part("takenAt", takenAt);
        }
        return http.post().uri("/files/matter-photos")
                .header("Authorization", "Bearer " + tokenOf(user))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange();
    }

    String uploadedPhoto(String user) {
        Map body = upload(user, jpeg(2048), "2026-05-01T09:30:00+08:00").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("id");
    }

    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... more) {
        Map<String, Object> map = new HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            map.put((String) more[i], more[i + 1]);
        }
        return map;
    }

    static List<ResponseError> errorsOf(GraphQlTester.Response response) {
        List<ResponseError> seen = new ArrayList<>();
        response.errors().satisfy(seen::addAll);
        return seen;
    }

    static ResponseError expectError(GraphQlTester.Response response, String classification, String field) {
        List<ResponseError> errors = errorsOf(response);
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", classification);
            if (field != null) {
                assertThat(error.getExtensions()).containsEntry("field", field);
            }
            assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("org.").doesNotContainIgnoringCase("select ");
        });
        return errors.getFirst();
    }
}
