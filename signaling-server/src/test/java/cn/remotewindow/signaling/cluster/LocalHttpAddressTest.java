package cn.remotewindow.signaling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LocalHttpAddressTest {

    @Test
    void aConfiguredAddressIsTakenAsItIs() {
        assertThat(LocalHttpAddress.of("https://node-7.internal:8443/", false, "0.0.0.0", 8080))
                .isEqualTo(URI.create("https://node-7.internal:8443"));
    }

    @Test
    void otherwiseTheBoundAddressAndTheBoundPort() {
        assertThat(LocalHttpAddress.of("", false, "10.0.0.7", 41234)).isEqualTo(URI.create("http://10.0.0.7:41234"));
        assertThat(LocalHttpAddress.of(" ", true, "::1", 8443)).isEqualTo(URI.create("https://[::1]:8443"));
    }

    @Test
    void boundToEveryAddressTheNodeNamesOneOfItsOwn() throws Exception {
        URI derived = LocalHttpAddress.of(null, false, "0.0.0.0", 8080);
        assertThat(derived.getScheme()).isEqualTo("http");
        assertThat(derived.getPort()).isEqualTo(8080);
        assertThat(InetAddress.getByName(derived.getHost()).isAnyLocalAddress()).isFalse();
        assertThat(LocalHttpAddress.of("", false, "", 8080)).isEqualTo(derived);
    }
}
