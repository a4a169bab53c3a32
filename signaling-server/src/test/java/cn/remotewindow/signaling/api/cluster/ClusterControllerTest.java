package cn.remotewindow.signaling.api.cluster;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A node alone: it shows itself, and a drain is refused with nothing changed (the multi-node side: NodeDrainTest). */
@HttpApiTest
class ClusterControllerTest {

    @Autowired
    WebTestClient client;

    @Test
    void aNodeAloneShowsItselfAndRefusesToDrain() {
        String admin = TestTokens.adminToken(client);
        client.get().uri("/api/admin/cluster").header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.mode").isEqualTo("LOCAL")
                .jsonPath("$.nodes.length()").isEqualTo(1);
        client.post().uri("/api/admin/cluster/drain").header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("NOTHING_TO_DRAIN_TO")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("no other server"));
        client.get().uri("/api/admin/cluster").header("Authorization", "Bearer " + admin).exchange()
                .expectStatus().isOk();
    }
}
