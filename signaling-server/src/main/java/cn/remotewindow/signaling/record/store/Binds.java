package cn.remotewindow.signaling.record.store;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binding values that may be null: R2DBC wants a typed NULL for those. */
final class Binds {

    private Binds() {
    }

    static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
