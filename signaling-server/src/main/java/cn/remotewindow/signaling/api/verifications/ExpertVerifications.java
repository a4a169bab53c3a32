package cn.remotewindow.signaling.api.verifications;

import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import cn.remotewindow.signaling.record.verification.StoredFrame;
import cn.remotewindow.signaling.record.verification.StoredImage;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecord;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import cn.remotewindow.signaling.verification.VerificationRefused;
import java.time.Clock;
import java.util.List;

/**
 * What the expert who ran a verification may read of it: the details and the evidence images.
 * Every read is recorded (who, when, what) before the answer leaves.
 */
public final class ExpertVerifications {

    /** An image to send: its bytes, opened for this answer only, and its type. */
    public record Image(byte[] bytes, String contentType) {
    }

    private final VerificationRecords records;
    private final EvidenceCipher cipher;
    private final Clock clock;

    public ExpertVerifications(VerificationRecords records, EvidenceCipher cipher, Clock clock) {
        this.records = records;
        this.cipher = cipher;
        this.clock = clock;
    }

    public VerificationView details(String expertId, String verificationId) {
        VerificationRecord record = readable(expertId, verificationId);
        records.append(new VerificationEvent.Viewed(verificationId, clock.instant(), expertId, "DETAILS"));
        return VerificationView.of(record, cipher);
    }

    public Image cardPhoto(String expertId, String verificationId) {
        VerificationRecord record = readable(expertId, verificationId);
        StoredImage photo = record.evidence().orElseThrow(ExpertVerifications::noEvidence).cardPhoto();
        requireKept(photo);
        records.append(new VerificationEvent.Viewed(verificationId, clock.instant(), expertId, "CARD_PHOTO"));
        return new Image(cipher.open(photo.data()), photo.contentType());
    }

    public Image frame(String expertId, String verificationId, int index) {
        VerificationRecord record = readable(expertId, verificationId);
        List<StoredFrame> frames = record.evidence().orElseThrow(ExpertVerifications::noEvidence).frames();
        if (index < 0 || index >= frames.size()) {
            throw new VerificationRefused(org.springframework.http.HttpStatus.NOT_FOUND, "FRAME_UNKNOWN",
                    "This verification has " + frames.size() + " frames, numbered from 0.");
        }
        StoredImage image = frames.get(index).image();
        requireKept(image);
        records.append(new VerificationEvent.Viewed(verificationId, clock.instant(), expertId, "FRAME " + index));
        return new Image(cipher.open(image.data()), image.contentType());
    }

    /** Only the expert who started it; to anyone else it does not exist. */
    private VerificationRecord readable(String expertId, String verificationId) {
        return records.find(verificationId)
                .filter(record -> record.opened().expertId().equals(expertId))
                .orElseThrow(VerificationRefused::unknown);
    }

    /** Biometric evidence is purged after the retention period; its hash stays on record. */
    private static void requireKept(StoredImage image) {
        if (image.data() == null) {
            throw new VerificationRefused(org.springframework.http.HttpStatus.GONE, "EVIDENCE_PURGED",
                    "This image was deleted at the end of its retention period; its SHA-256 " + image.sha256()
                            + " stays on record.");
        }
    }

    private static VerificationRefused noEvidence() {
        return new VerificationRefused(org.springframework.http.HttpStatus.NOT_FOUND, "NO_EVIDENCE",
                "No evidence has arrived for this verification.");
    }
}
