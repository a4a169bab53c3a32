package cn.remotewindow.signaling.record.store;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * r2dbc-h2 (1.1.0, the last release) binds every Java {@code String} parameter as a temporary CLOB:
 * its codec list has {@code ClobToStringCodec} before {@code StringCodec}, and the first codec that
 * accepts a value wins. H2 then writes the text into its LOB store and reads it back to convert it
 * to the column's VARCHAR — for every string of every row. On the records writer that was half of
 * its time (JFR, {@code bench/run records}: 462 → 868 sessions/s on H2 with strings bound as
 * VARCHAR). This factory puts {@code StringCodec} first on each new connection, so a string binds
 * as what it is. The codecs are not public API: when the driver's insides differ (another
 * version), nothing is changed and a warning says so; {@code H2VarcharBindingTest} fails then.
 */
final class H2VarcharBinding implements ConnectionFactory {

    private static final Logger log = LoggerFactory.getLogger(H2VarcharBinding.class);
    private static final AtomicBoolean warned = new AtomicBoolean();

    private final ConnectionFactory h2;

    H2VarcharBinding(ConnectionFactory h2) {
        this.h2 = h2;
    }

    @Override
    public Publisher<? extends Connection> create() {
        return Mono.from(h2.create()).doOnNext(H2VarcharBinding::stringsFirst);
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return h2.getMetadata();
    }

    /** Moves the driver's StringCodec to the front of this connection's codec list. */
    @SuppressWarnings("unchecked")
    static boolean stringsFirst(Connection connection) {
        try {
            Object codecs = field(connection, "codecs");
            List<Object> list = (List<Object>) field(codecs, "codecs");
            Object strings = list.stream()
                    .filter(codec -> codec.getClass().getName().equals("io.r2dbc.h2.codecs.StringCodec"))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchFieldException("no io.r2dbc.h2.codecs.StringCodec"));
            list.remove(strings);
            list.add(0, strings);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                log.warn("r2dbc-h2: strings stay bound as CLOBs (slower writes): {}", e.toString());
            }
            return false;
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
