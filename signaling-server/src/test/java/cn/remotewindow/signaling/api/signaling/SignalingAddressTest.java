package cn.remotewindow.signaling.api.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class SignalingAddressTest {

    @Test
    void usesTheHostNameOfTheRequestWithTheSignalingPortAndPath() {
        SignalingAddress address = new SignalingAddress("", () -> 8081, "/signal");

        String url = address.urlFor(MockServerHttpRequest.post("http://window.xinxiang.example:8080/api/signaling/ticket")
                .build());

        assertThat(url).isEqualTo("ws://window.xinxiang.example:8081/signal");
    }

    @Test
    void aConfiguredPublicUrlWins() {
        SignalingAddress address = new SignalingAddress("wss://window.xinxiang.gov.example/signal", () -> 8081, "/signal");

        String url = address.urlFor(MockServerHttpRequest.post("http://10.0.0.5:8080/api/signaling/ticket").build());

        assertThat(url).isEqualTo("wss://window.xinxiang.gov.example/signal");
    }
}
