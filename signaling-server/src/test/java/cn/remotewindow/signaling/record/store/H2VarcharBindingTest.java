package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class H2VarcharBindingTest {

    private static final String URL = "mem:varchar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void theDriverAloneBindsAStringAsAClob() {
        // What the fix is for: if this stops holding, a newer r2dbc-h2 fixed it and the class can go.
        assertThat(typeOfBoundString(new H2ConnectionFactory(H2ConnectionConfiguration.builder().url(URL).build())))
                .startsWith("CHARACTER LARGE OBJECT");
    }

    @Test
    void stringsBindAsVarcharThroughTheFactory() {
        assertThat(typeOfBoundString(new H2VarcharBinding(
                new H2ConnectionFactory(H2ConnectionConfiguration.builder().url(URL).build()))))
                .startsWith("CHARACTER VARYING");
    }

    @Test
    void theRecordsDatabaseUsesIt() {
        try (RecordsDatabase database = RecordsDatabase.open(TestDatabases.h2())) {
            String stored = "申请人 张三 · " + "长".repeat(50_000);
            String back = database.client().sql("SELECT $1 AS t").bind(0, stored)
                    .map((row, meta) -> meta.getColumnMetadata("t").getType().getName()).one().block();
            assertThat(back).startsWith("CHARACTER VARYING");
        }
    }

    private static String typeOfBoundString(ConnectionFactory factory) {
        return Mono.usingWhen(Mono.from(factory.create()),
                (Connection connection) -> Flux.from(connection.createStatement("SELECT $1 AS t")
                                .bind(0, "张三")
                                .execute())
                        .flatMap(result -> result.map((row, meta) -> meta.getColumnMetadata("t").getType().getName()))
                        .next(),
                Connection::close).block();
    }
}
