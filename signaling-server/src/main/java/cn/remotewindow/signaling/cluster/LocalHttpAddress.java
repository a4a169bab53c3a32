package cn.remotewindow.signaling.cluster;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's HTTP base URL as the other nodes reach it: configured
 * (window.cluster.advertised-http-url), or made of the address the server is bound to and the port
 * it actually listens on. Bound to every address, the node names the first address of its own that
 * is not a loopback: the host name's address may be one (Debian maps it to 127.0.1.1).
 */
public final class LocalHttpAddress {

    private static final Logger log = LoggerFactory.getLogger(LocalHttpAddress.class);

    private LocalHttpAddress() {
    }

    /**
     * @param configured the configured URL, or blank
     * @param bindAddress server.address, or blank for every address
     * @param port the port the HTTP server listens on
     */
    public static URI of(String configured, boolean tls, String bindAddress, int port) {
        if (configured != null && !configured.isBlank()) {
            return URI.create(configured.trim().replaceAll("/+$", ""));
        }
        String host = host(bindAddress);
        return URI.create((tls ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    }

    private static String host(String bindAddress) {
        if (bindAddress != null && !bindAddress.isBlank()) {
            try {
                InetAddress bound = InetAddress.getByName(bindAddress.trim());
                if (!bound.isAnyLocalAddress()) {
                    return bindAddress.trim();
                }
            } catch (UnknownHostException e) {
                return bindAddress.trim();
            }
        }
        try {
            InetAddress local = InetAddress.getLocalHost();
            if (!local.isLoopbackAddress()) {
                return local.getHostAddress();
            }
        } catch (UnknownHostException e) {
            // Then one of the interfaces' addresses.
        }
        return nonLoopback().orElseGet(() -> {
            log.warn("no address of this host other nodes could reach: set window.cluster.advertised-http-url");
            return "127.0.0.1";
        });
    }

    /** An IPv4 address of an interface that is up and not a loopback, site-local ones first. */
    private static Optional<String> nonLoopback() {
        try {
            InetAddress found = null;
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!face.isUp() || face.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()
                            && (found == null || (address.isSiteLocalAddress() && !found.isSiteLocalAddress()))) {
                        found = address;
                    }
                }
            }
            return Optional.ofNullable(found).map(InetAddress::getHostAddress);
        } catch (SocketException e) {
            return Optional.empty();
        }
    }
}
