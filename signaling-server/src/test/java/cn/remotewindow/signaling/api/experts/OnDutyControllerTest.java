package cn.remotewindow.signaling.api.experts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.routing.Dispatch;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@HttpApiTest
class OnDutyControllerTest {

    @Autowired
    WebTestClient client;

    @Autowired
    Dispatch dispatch;

    @AfterEach
    void signOff() {
        dispatch.signOff("liuyang");
        dispatch.signOff("wangfang");
    }

    @Test
    void listsTheExpertsSignedOnWithNamesSkillsAndPresence() {
        dispatch.signOn("liuyang", Set.of("PSB-JZZ", "PSB"));
        dispatch.setWanted("liuyang", ExpertState.AVAILABLE);
        dispatch.signOn("wangfang", Set.of("HRSS"));
        String token = TestTokens.expertToken(client, "zhangwei", "demo-zhangwei");

        OnDutyResponse response = client.get().uri("/api/experts/on-duty")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody(OnDutyResponse.class).returnResult().getResponseBody();

        assertThat(response.experts()).extracting(OnDutyResponse.Colleague::id).containsExactly("liuyang", "wangfang");
        OnDutyResponse.Colleague liu = response.experts().get(0);
        assertThat(liu.displayName()).isNotEqualTo("liuyang").isNotBlank();
        assertThat(liu.skills()).containsExactly("PSB", "PSB-JZZ");
        assertThat(liu.state()).isEqualTo(ExpertState.AVAILABLE);
        assertThat(response.experts().get(1).state()).isEqualTo(ExpertState.AWAY);
        assertThat(response.skills()).containsExactly("HRSS", "PSB", "PSB-JZZ");
    }

    @Test
    void isForExpertsOnly() {
        String kiosk = TestTokens.kioskToken(client, "kiosk-weibin-01", "demo-kiosk-weibin-01");
        client.get().uri("/api/experts/on-duty").headers(h -> h.setBearerAuth(kiosk))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/experts/on-duty").exchange().expectStatus().isUnauthorized();
    }
}
