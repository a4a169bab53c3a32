package cn.remotewindow.signaling.record.search;

import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.record.store.TestDatabases;

class PostgresSessionSearchTest extends SessionSearchContract {

    @Override
    protected WindowProperties.Records newDatabase() {
        return TestDatabases.postgres();
    }
}
