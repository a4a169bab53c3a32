package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;

class PostgresVerificationRecordsTest extends DatabaseVerificationRecordsContract {

    @Override
    protected WindowProperties.Records newDatabase() {
        return TestDatabases.postgres();
    }
}
