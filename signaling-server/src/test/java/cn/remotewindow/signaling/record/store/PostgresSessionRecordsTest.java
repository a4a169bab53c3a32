package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;

class PostgresSessionRecordsTest extends DatabaseSessionRecordsContract {

    @Override
    protected WindowProperties.Records newDatabase() {
        return TestDatabases.postgres();
    }
}
