package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;

class PostgresAuditLogTest extends DatabaseAuditLogContract {

    @Override
    protected WindowProperties.Records newDatabase() {
        return TestDatabases.postgres();
    }
}
