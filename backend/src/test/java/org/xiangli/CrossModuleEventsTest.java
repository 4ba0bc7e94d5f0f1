package org.xiangli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.xiangli.graphql.GlobalId;
import org.xiangli.support.ApiTest;
import org.xiangli.talent.TalentRequestRaised;
import org.xiangli.time.CountyCalendar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events one module publishes for another, seen as the receiving module sees them: a talent
 * visit that records something needing to be done publishes {@link TalentRequestRaised}, which the
 * ledger of matters turns into a matter (wired when the modules meet); a visit without one does not.
 */
class CrossModuleEventsTest extends ApiTest {

    private static final String SHANGSHU_VILLAGE = "330523200200";

    @Autowired
    private ApplicationEventMulticaster multicaster;

    private final List<TalentRequestRaised> raised = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload() instanceof TalentRequestRaised request) {
            raised.add(request);
        }
    };

    @BeforeEach
    void listen() {
        multicaster.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(listener);
    }

    @Test
    void aTalentVisitThatNeedsDoingRaisesARequest() {
        String talent = as(SHANGSHU_ADMIN).document("""
                        mutation($input: RegisterTalentInput!) { registerTalent(input: $input) { talent { id } } }""")
                .variable("input", Map.of("name", "诉求乡贤" + unique(), "gender", "MALE", "hometownCode", SHANGSHU_VILLAGE,
                        "whereabouts", "RETURNED", "category", "ENTREPRENEUR",
                        "consent", Map.of("givenOn", "2025-03-01", "scope", List.of("REGISTRY"))))
                .execute().path("registerTalent.talent.id").entity(String.class).get();
        String log = "mutation($input: LogTalentVisitInput!) { logTalentVisit(input: $input) { visit { id } } }";
        String today = CountyCalendar.today(Clock.systemUTC()).toString();
        as(SHANGSHU_OFFICIAL).document(log).variable("input", Map.of("talentId", talent, "visitedOn", today,
                "visitorRole", "VILLAGE_CADRE", "visitorName", "村干部", "askedFor", "了解近况")).execute().path("logTalentVisit.visit.id").hasValue();
        assertThat(raised).isEmpty();

        String visit = as(SHANGSHU_OFFICIAL).document(log).variable("input", Map.of("talentId", talent, "visitedOn", today,
                        "visitorRole", "LIAISON_LEADER", "visitorName", "联络领导", "askedFor", " 厂房用电需要增容 ", "needsAction", true))
                .execute().path("logTalentVisit.visit.id").entity(String.class).get();
        assertThat(raised).singleElement().isEqualTo(new TalentRequestRaised(GlobalId.decode(talent, "Talent", "id"),
                GlobalId.decode(visit, "TalentVisit", "id"), SHANGSHU_VILLAGE, "厂房用电需要增容", "shangshu.official"));
    }
}
