package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.api.verifications.ExpertVerifications;
import cn.remotewindow.signaling.delivery.Connections;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.store.EvidenceKeyFile;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.verification.ChallengeIssuer;
import cn.remotewindow.signaling.verification.EvidenceIntake;
import cn.remotewindow.signaling.verification.IdentityDesk;
import cn.remotewindow.signaling.verification.LiveVerifications;
import cn.remotewindow.signaling.verification.MachineJudge;
import cn.remotewindow.signaling.verification.OpenCvMachineJudge;
import cn.remotewindow.signaling.verification.VerificationPlaces;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Remote identity verification: the live flow, the evidence intake, the records and the machine judge. */
@Configuration(proxyBeanMethods = false)
public class IdentityConfiguration {

    @Bean
    LiveVerifications liveVerifications() {
        return new LiveVerifications();
    }

    @Bean
    EvidenceCipher evidenceCipher(WindowProperties properties) {
        return EvidenceCipher.from(properties.identity().evidenceKeyId(),
                EvidenceKeyFile.keyFor(properties.identity().evidenceKey(), properties.records().url()));
    }

    /** Loads and checks the face models at start-up: a wrong model file stops the server, not a verification. */
    @Bean
    OpenCvMachineJudge machineJudge(WindowProperties properties) {
        return OpenCvMachineJudge.load(properties.identity());
    }

    @Bean
    IdentityDesk identityDesk(LiveVerifications live, VerificationRecords records, VerificationPlaces places,
                              Connections connections, Owners owners, Clock clock, WindowProperties properties) {
        return new IdentityDesk(live, records, new ChallengeIssuer(clock, properties.identity().challengeTimeout()),
                places, connections, owners, clock, properties.identity().maxFrames());
    }

    /** Not a bean: an Executor bean would turn off Spring Boot's own task executor. */
    private static ExecutorService judgeThreads(WindowProperties properties) {
        int threads = Math.max(1, properties.identity().judgeThreads());
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.identity().judgeQueue())), task -> {
                    Thread thread = new Thread(task, "identity-judge-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Bean(destroyMethod = "close")
    EvidenceIntake evidenceIntake(LiveVerifications live, VerificationRecords records, IdentityDesk desk,
                                  MachineJudge judge, EvidenceCipher cipher,
                                  Connections connections, Owners owners, Clock clock, JsonMapper json,
                                  WindowProperties properties) {
        return new EvidenceIntake(live, records, desk, judge, judgeThreads(properties), cipher, connections, owners, clock, json,
                properties.identity().maxFrames(), ZoneId.of(properties.identity().zone()));
    }

    @Bean
    ExpertVerifications expertVerifications(VerificationRecords records, EvidenceCipher cipher, Clock clock) {
        return new ExpertVerifications(records, cipher, clock);
    }
}
