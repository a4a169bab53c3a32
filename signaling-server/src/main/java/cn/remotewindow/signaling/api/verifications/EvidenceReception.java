package cn.remotewindow.signaling.api.verifications;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/**
 * What becomes of the kiosk's evidence once its body has been read within the limit: taken in on
 * this node, or, on several nodes, sent on to the node that holds the verification. Either way
 * the answer is the kiosk's HTTP answer; refusals are {@code VerificationRefused} errors.
 */
public interface EvidenceReception {

    /**
     * @param kioskId the authenticated kiosk that sent it
     * @param headers the request's headers as they came
     * @param body the request body, at most the evidence limit and not empty
     */
    Mono<ResponseEntity<?>> receive(String kioskId, String verificationId, HttpHeaders headers, byte[] body);
}
