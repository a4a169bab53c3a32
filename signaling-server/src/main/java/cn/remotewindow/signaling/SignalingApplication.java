package cn.remotewindow.signaling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The signaling server: WebSocket real-time plane (Netty) and HTTP API (WebFlux) in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SignalingApplication {

    public static void main(String[] args) {
        SpringApplication.run(SignalingApplication.class, args);
    }
}
