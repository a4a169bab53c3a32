package cn.remotewindow.signaling;

import cn.remotewindow.signaling.record.store.VerifyRecordsCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The signaling server: WebSocket real-time plane (Netty) and HTTP API (WebFlux) in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SignalingApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyRecordsCommand.NAME.equals(args[0])) {
            System.exit(VerifyRecordsCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(SignalingApplication.class, args);
    }
}
