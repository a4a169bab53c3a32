package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.identity.IdCardFacts;
import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.protocol.message.ChallengeStep;
import cn.remotewindow.protocol.message.VerifyChallenge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the kiosk's evidence for a challenge from the committed pose images (testdata/poses: real
 * portraits warped so that the face turns and nods, see its README), as a compliant citizen
 * would produce it: frontal, then each step followed by a return to frontal.
 */
final class Evidence {

    static final Path TESTDATA = Path.of("..", "testdata");
    static final IdCardFacts CARD = new IdCardFacts("王芳", Sex.FEMALE, LocalDate.of(1949, 12, 31),
            "11010519491231002X", LocalDate.of(2016, 3, 1), null);

    private Evidence() {
    }

    static byte[] face(String file) {
        return read(TESTDATA.resolve("faces").resolve(file));
    }

    static byte[] pose(String person, String pose, int number) {
        return read(PoseFiles.of(person, pose, number));
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frames a compliant citizen produces for these steps, in this order. */
    static List<byte[]> burst(String person, List<ChallengeStep> steps) {
        // Every frame different: the judge refuses a burst with identical frames (a replay sign).
        List<byte[]> frames = new ArrayList<>();
        int frontal = 1;
        frames.add(pose(person, "frontal", frontal++));
        for (ChallengeStep step : steps) {
            frames.add(pose(person, PoseFiles.poseOf(step), 1));
            frames.add(pose(person, "frontal", frontal++));
        }
        return frames;
    }

    /** The upload body of docs/http-api.md, frames stamped 400 ms apart from just after the challenge was issued. */
    static Map<String, Object> body(VerifyChallenge challenge, String nonce, IdCardFacts card, byte[] cardPhoto,
                                    List<byte[]> frames) {
        List<Map<String, Object>> stamped = new ArrayList<>();
        long at = challenge.issuedAt() + 200;
        for (byte[] frame : frames) {
            stamped.add(Map.of("capturedAt", at, "image", Base64.getEncoder().encodeToString(frame)));
            at += 400;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nonce", nonce);
        body.put("card", card);
        body.put("cardPhoto", Base64.getEncoder().encodeToString(cardPhoto));
        body.put("frames", stamped);
        return body;
    }
}
