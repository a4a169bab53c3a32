package cn.remotewindow.signaling.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.security.AccessTokens;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client still sending its body when the server refuses the request gets the refusal, not a
 * reset connection. Raw socket: the client pauses after the first part so the answer is surely
 * out before the rest is sent (the race CI lost once with WebTestClient).
 */
@HttpApiTest
class UnreadBodyDrainTest {

    private static final int BODY = 3 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    AccessTokens accessTokens;

    @Test
    void anUnauthenticatedUploadStillGetsItsAnswerAfterSendingTheWholeBody() throws Exception {
        String answer = sendSlowly("POST /api/verifications/v-1/evidence HTTP/1.1", "application/json", null);
        assertThat(answer).startsWith("HTTP/1.1 401").contains("access token");
    }

    @Test
    void anUploadWithTheWrongRoleStillGetsItsAnswer() throws Exception {
        String expert = accessTokens.issue(new Expert("drain-expert", "专家", Set.of("PSB"))).token();
        String answer = sendSlowly("POST /api/verifications/v-1/evidence HTTP/1.1", "application/json", expert);
        assertThat(answer).startsWith("HTTP/1.1 403");
    }

    @Test
    void aTokenThatDoesNotParseStillGetsItsAnswer() throws Exception {
        String answer = sendSlowly("POST /api/verifications/v-1/evidence HTTP/1.1", "application/json", "not.a.token");
        assertThat(answer).startsWith("HTTP/1.1 401").contains("invalid");
    }

    @Test
    void anUnknownRouteWithABodyStillGetsItsAnswer() throws Exception {
        String answer = sendSlowly("POST /api/auth/nothing-here HTTP/1.1", "application/octet-stream", null);
        assertThat(answer).matches("(?s)HTTP/1.1 4\\d\\d .*");
    }

    private String sendSlowly(String requestLine, String contentType, String token) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(requestLine).append("\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(BODY).append("\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            out.write(chunk);
            out.flush();
            Thread.sleep(500); // the server answers meanwhile
            for (int sent = chunk.length; sent < BODY; sent += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, BODY - sent));
            }
            out.flush();
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            answer.write(buffer, 0, n);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
