package cn.remotewindow.signaling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole server on random ports, shared by the HTTP tests (one context, same properties):
 * demo accounts on (the embedded default), one configured expert and kiosk, STUN and TURN set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "window.signaling.port=0",
        "window.auth.bcrypt-strength=4",
        "window.ice.stun-urls=stun:stun.xinxiang.example:3478",
        "window.ice.turn-urls=turn:turn.xinxiang.example:3478?transport=udp,turns:turn.xinxiang.example:5349",
        "window.ice.turn-secret=" + HttpApiTest.TURN_SECRET,
        "window.accounts.experts[0].username=" + HttpApiTest.CONFIGURED_EXPERT,
        "window.accounts.experts[0].display-name=测试专家",
        "window.accounts.experts[0].password-hash=$2a$04$aCMhZ4oGcJL14PcvbbcUaOcY6.BI/xMnAtn.CAmaFpbV.qBP5qGUC",
        "window.accounts.experts[0].skills=PSB,PSB-HJQY",
        "window.accounts.experts[1].username=" + HttpApiTest.THROTTLED_EXPERT,
        "window.accounts.experts[1].display-name=被限流专家",
        "window.accounts.experts[1].password-hash=$2a$04$aCMhZ4oGcJL14PcvbbcUaOcY6.BI/xMnAtn.CAmaFpbV.qBP5qGUC",
        "window.accounts.experts[1].skills=MCA",
        "window.accounts.kiosks[0].id=" + HttpApiTest.CONFIGURED_KIOSK,
        "window.accounts.kiosks[0].name=测试终端",
        "window.accounts.kiosks[0].district=凤泉区",
        "window.accounts.kiosks[0].secret-hash=$2a$04$0GT8IptlgJot80u2e5.LA.cIX7iykLUeJKl/rBxP6HECrIB77889i"})
// 30 s, not the default 5 s: the first request to a fresh context can take seconds on a loaded
// 2-core machine (it failed twice in full runs); the tests check answers, never speed.
@AutoConfigureWebTestClient(timeout = "30s")
@org.springframework.context.annotation.Import(OneRequestPerConnection.class)
public @interface HttpApiTest {

    String TURN_SECRET = "turn-shared-secret-for-tests";
    String CONFIGURED_EXPERT = "probe.expert";
    /** For the brute-force test alone: it leaves this account locked for five minutes. */
    String THROTTLED_EXPERT = "throttle.probe";
    /** The password whose bcrypt hash is configured above for both configured experts. */
    String CONFIGURED_EXPERT_PASSWORD = "probe-password-1";
    String CONFIGURED_KIOSK = "kiosk-probe-01";
    String CONFIGURED_KIOSK_SECRET = "probe-secret-1";
}
