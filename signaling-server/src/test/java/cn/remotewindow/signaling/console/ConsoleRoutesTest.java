package cn.remotewindow.signaling.console;

import cn.remotewindow.signaling.HttpApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@HttpApiTest
class ConsoleRoutesTest {

    @Autowired
    WebTestClient http;

    @Test
    void theConsoleIsServedAtItsFolderUrlWithoutSigningIn() {
        http.get().uri("/console/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body).contains("专家工作台"));
    }

    @Test
    void theBareConsoleUrlRedirectsToTheFolder() {
        http.get().uri("/console").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().location("/console/");
    }
}
