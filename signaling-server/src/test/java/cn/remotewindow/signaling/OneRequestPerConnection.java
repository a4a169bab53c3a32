package cn.remotewindow.signaling;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * The HTTP tests' client asks the server to close each connection after its answer. With
 * reactor-netty 1.3.7 (Spring Boot 4.1.1's) a kept-alive server connection can stop reading
 * (reactor/reactor-netty#4361, fixed after 1.3.7): the next request on it was never answered, a 30 s
 * stall a few times per hundred runs. The tests check answers, not connection reuse. Remove with a
 * reactor-netty that has the fix (1.3.8 alone over Boot 4.1.1 broke every HTTP test: connection reset).
 */
@TestConfiguration(proxyBeanMethods = false)
public class OneRequestPerConnection {

    @Bean
    WebTestClientBuilderCustomizer connectionClose() {
        return builder -> builder.defaultHeader(HttpHeaders.CONNECTION, "close");
    }
}
