package cn.remotewindow.signaling.api.verifications;

import cn.remotewindow.signaling.verification.EvidenceIntake;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/** The evidence taken in here (a node alone holds every verification): 202 once it is recorded and being judged. */
public final class LocalEvidenceReception implements EvidenceReception {

    private final EvidenceIntake intake;

    public LocalEvidenceReception(EvidenceIntake intake) {
        this.intake = intake;
    }

    @Override
    public Mono<ResponseEntity<?>> receive(String kioskId, String verificationId, HttpHeaders headers, byte[] body) {
        return intake.submit(kioskId, verificationId, body)
                .map(accepted -> ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted));
    }
}
