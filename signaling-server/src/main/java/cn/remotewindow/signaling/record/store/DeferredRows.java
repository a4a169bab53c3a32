package cn.remotewindow.signaling.record.store;

import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rows a transaction writes at its end, one batched statement per SQL text (R2DBC
 * {@code Statement.add}: one round of the protocol for many rows, where one statement per row
 * would wait for the database each time). Statements run in the order their SQL was first used.
 * Placeholders are positional ({@code $1, $2, ...}); a null value is given as {@link Null}.
 */
final class DeferredRows {

    /** A typed SQL NULL. */
    record Null(Class<?> type) {
    }

    /** Rows in one multi-row INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
    private static final int ROWS_PER_INSERT = 500;

    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final boolean arrays;

    /** @param arrays rows of an INSERT sent as one array per column (PostgreSQL's unnest) */
    DeferredRows(boolean arrays) {
        this.arrays = arrays;
    }

    void add(String sql, Object... values) {
        rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(values);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Mono<Void> flush(DatabaseClient client) {
        if (rows.isEmpty()) {
            return Mono.empty();
        }
        return client.inConnection(connection -> Flux.fromIterable(rows.entrySet())
                .concatMap(batch -> Flux.fromIterable(arrays ? unnested(batch.getKey(), batch.getValue())
                                : chunks(batch.getKey(), batch.getValue()))
                        .concatMap(chunk -> execute(connection, chunk.sql(), chunk.rows())))
                .then());
    }

    private record Chunk(String sql, List<Object[]> rows) {
    }

    /**
     * An INSERT of one VALUES tuple becomes multi-row INSERTs of up to {@link #ROWS_PER_INSERT} rows
     * (one statement, one round trip to the database); anything else runs as one batched statement.
     */
    private static List<Chunk> chunks(String sql, List<Object[]> values) {
        int open = sql.indexOf("VALUES (");
        int close = open < 0 ? -1 : sql.indexOf(')', open);
        if (!sql.startsWith("INSERT INTO") || open < 0 || close < 0 || values.size() == 1) {
            return List.of(new Chunk(sql, values));
        }
        String head = sql.substring(0, open + "VALUES ".length());
        String tail = sql.substring(close + 1);
        int width = values.get(0).length;
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += ROWS_PER_INSERT) {
            List<Object[]> part = values.subList(from, Math.min(values.size(), from + ROWS_PER_INSERT));
            StringBuilder text = new StringBuilder(head);
            Object[] flat = new Object[part.size() * width];
            for (int r = 0; r < part.size(); r++) {
                text.append(r == 0 ? "(" : ", (");
                for (int i = 0; i < width; i++) {
                    text.append(i == 0 ? "" : ", ").append('$').append(r * width + i + 1);
                    flat[r * width + i] = part.get(r)[i];
                }
                text.append(')');
            }
            chunks.add(new Chunk(text.append(tail).toString(), List.<Object[]>of(flat)));
        }
        return chunks;
    }

    /**
     * PostgreSQL: an INSERT of many rows as {@code INSERT ... SELECT * FROM unnest($1::text[], ...)},
     * one array per column. One short statement whatever the number of rows: the driver and the
     * server parse and plan it once, where a multi-row VALUES list of thousands of placeholders
     * is parsed by both on every transaction.
     */
    private static List<Chunk> unnested(String sql, List<Object[]> values) {
        int open = sql.indexOf("VALUES (");
        int close = open < 0 ? -1 : sql.indexOf(')', open);
        if (!sql.startsWith("INSERT INTO") || open < 0 || close < 0 || values.size() == 1) {
            return List.of(new Chunk(sql, values));
        }
        int width = values.get(0).length;
        StringBuilder text = new StringBuilder(sql.substring(0, open)).append("SELECT * FROM unnest(");
        Object[] columns = new Object[width];
        for (int i = 0; i < width; i++) {
            ArrayType type = ArrayType.of(values, i);
            if (type == null) {
                return chunks(sql, values);
            }
            Object[] column = (Object[]) java.lang.reflect.Array.newInstance(type.element(), values.size());
            for (int r = 0; r < values.size(); r++) {
                Object value = values.get(r)[i];
                column[r] = value instanceof Null ? null : value;
            }
            columns[i] = column;
            text.append(i == 0 ? "" : ", ").append('$').append(i + 1).append("::").append(type.sql());
        }
        text.append(')').append(sql.substring(close + 1));
        return List.of(new Chunk(text.toString(), List.<Object[]>of(columns)));
    }

    /** The PostgreSQL array type of a column, from its values; null when one is not of a known type. */
    private record ArrayType(Class<?> element, String sql) {
        private static final Map<Class<?>, String> KNOWN = Map.of(String.class, "text[]", Integer.class, "int4[]",
                Long.class, "int8[]", java.time.OffsetDateTime.class, "timestamptz[]", java.time.LocalDate.class, "date[]",
                Boolean.class, "bool[]");

        static ArrayType of(List<Object[]> values, int column) {
            Class<?> type = null;
            for (Object[] row : values) {
                Class<?> here = row[column] instanceof Null nothing ? nothing.type() : row[column].getClass();
                if (type != null && type != here || !KNOWN.containsKey(here)) {
                    return null;
                }
                type = here;
            }
            return new ArrayType(type, KNOWN.get(type));
        }
    }

    private static Mono<Void> execute(io.r2dbc.spi.Connection connection, String sql, List<Object[]> values) {
        Statement statement = connection.createStatement(sql);
        for (int r = 0; r < values.size(); r++) {
            if (r > 0) {
                statement.add();
            }
            Object[] row = values.get(r);
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof Null nothing) {
                    statement.bindNull(i, nothing.type());
                } else {
                    statement.bind(i, row[i]);
                }
            }
        }
        return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated).then();
    }
}
