package cn.remotewindow.signaling.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every HTTP endpoint against every caller — no token, a kiosk, an expert, an auditor: the roles
 * an endpoint names get through (whatever the answer then is: 200, 400, 404...), the others are
 * refused with 401 (no token) or 403 (wrong role); an unknown path needs a token to be told 404.
 * A new endpoint must be added here with its roles.
 */
@HttpApiTest
class AccessMatrixTest {

    enum Caller { NONE, KIOSK, EXPERT, ADMIN }

    record Endpoint(HttpMethod method, String path, String body, Set<Caller> allowed) {
    }

    private static final Set<Caller> ANYONE = Set.of(Caller.NONE, Caller.KIOSK, Caller.EXPERT, Caller.ADMIN);

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.POST, "/api/auth/expert",
                    "{\"username\":\"" + HttpApiTest.CONFIGURED_EXPERT + "\",\"password\":\"" + HttpApiTest.CONFIGURED_EXPERT_PASSWORD + "\"}", ANYONE),
            new Endpoint(HttpMethod.POST, "/api/auth/kiosk",
                    "{\"kioskId\":\"" + HttpApiTest.CONFIGURED_KIOSK + "\",\"secret\":\"" + HttpApiTest.CONFIGURED_KIOSK_SECRET + "\"}", ANYONE),
            new Endpoint(HttpMethod.POST, "/api/auth/admin", "{\"username\":\"auditor\",\"password\":\"demo-auditor\"}", ANYONE),
            new Endpoint(HttpMethod.GET, "/actuator/health", null, ANYONE),
            new Endpoint(HttpMethod.POST, "/api/signaling/ticket", null, Set.of(Caller.KIOSK, Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/ice-servers", null, Set.of(Caller.KIOSK, Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/sessions/mine", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/sessions/some-session", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/experts/on-duty", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.POST, "/api/sessions/s-none/documents/d-none/image", "{}", Set.of(Caller.KIOSK)),
            new Endpoint(HttpMethod.GET, "/api/sessions/s-none/documents/d-none/image", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.POST, "/api/sessions/s-none/closings/c-none/signature", "{}", Set.of(Caller.KIOSK)),
            new Endpoint(HttpMethod.GET, "/api/sessions/s-none/case-file", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/sessions/s-none/receipt", null, Set.of(Caller.KIOSK, Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/admin/sessions/s-none/documents/d-none/image", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/sessions/s-none/receipt", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/catalogue", null, Set.of(Caller.KIOSK, Caller.EXPERT)),
            new Endpoint(HttpMethod.POST, "/api/verifications/v-none/evidence", "{}", Set.of(Caller.KIOSK)),
            new Endpoint(HttpMethod.GET, "/api/verifications/v-none", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/verifications/v-none/card-photo", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/verifications/v-none/frames/0", null, Set.of(Caller.EXPERT)),
            new Endpoint(HttpMethod.GET, "/api/admin/sessions", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/sessions/export", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/sessions/some-session", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/verifications", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/verifications/export", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/verifications/v-none", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/verifications/v-none/card-photo", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/verifications/v-none/frames/0", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/admin/verifications/v-none/id-number", "{\"reason\":\"复核投诉\"}", Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/statistics", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/audit", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/audit/verify", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/api/admin/cluster", null, Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.POST, "/api/admin/cluster/drain", null, Set.of(Caller.ADMIN)),
            // A JSON body: the admin gets through to 415, and the running catalogue is not touched.
            new Endpoint(HttpMethod.POST, "/api/admin/catalogue", "{}", Set.of(Caller.ADMIN)),
            new Endpoint(HttpMethod.GET, "/v3/api-docs", null, ANYONE),
            new Endpoint(HttpMethod.GET, "/v3/api-docs.yaml", null, ANYONE),
            new Endpoint(HttpMethod.GET, "/actuator/metrics", null, Set.of(Caller.ADMIN)),
            // No such route: a token is still needed to learn that (then 404).
            new Endpoint(HttpMethod.GET, "/api/nothing-here", null, Set.of(Caller.KIOSK, Caller.EXPERT, Caller.ADMIN)),
            new Endpoint(HttpMethod.DELETE, "/api/admin/sessions/some-session", null, Set.of(Caller.ADMIN)));

    @Autowired
    WebTestClient client;

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeEach
    void signIn() {
        tokens.put(Caller.KIOSK, TestTokens.kioskToken(client, HttpApiTest.CONFIGURED_KIOSK, HttpApiTest.CONFIGURED_KIOSK_SECRET));
        tokens.put(Caller.EXPERT, TestTokens.expertToken(client, HttpApiTest.CONFIGURED_EXPERT, HttpApiTest.CONFIGURED_EXPERT_PASSWORD));
        tokens.put(Caller.ADMIN, TestTokens.adminToken(client));
    }

    private int status(Endpoint endpoint, Caller caller) {
        WebTestClient.RequestBodySpec request = client.method(endpoint.method()).uri(endpoint.path());
        if (caller != Caller.NONE) {
            request.header("Authorization", "Bearer " + tokens.get(caller));
        }
        if (endpoint.body() != null) {
            request.header("Content-Type", "application/json").bodyValue(endpoint.body());
        }
        return request.exchange().returnResult(byte[].class).getStatus().value();
    }

    @Test
    void everyEndpointLetsInExactlyItsRoles() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : Caller.values()) {
                int status = status(endpoint, caller);
                boolean refused = status == 401 || status == 403;
                String expected;
                boolean ok;
                if (endpoint.allowed().contains(caller)) {
                    expected = "let in";
                    // DELETE on a GET-only path: the role gets through, the method does not exist.
                    ok = !refused;
                } else {
                    expected = caller == Caller.NONE ? "401" : "403";
                    ok = status == (caller == Caller.NONE ? 401 : 403);
                }
                if (!ok) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + caller + ": " + status
                            + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).as("cells of the matrix that are wrong").isEmpty();
    }
}
