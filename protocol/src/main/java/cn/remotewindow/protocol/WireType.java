package cn.remotewindow.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a message record to its wire name and states who may send it. The server enforces
 * {@link #sentBy()} and {@link #needsSession()} from this one place, so the table in
 * docs/protocol.md, the codec and the server's permission check cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WireType {

    /** The {@code type} field of the envelope, e.g. {@code "sdp.offer"}. */
    String value();

    /** The roles allowed to send this message. */
    Role[] sentBy();

    /** Whether the envelope must carry a {@code sessionId}. */
    boolean needsSession() default false;
}
