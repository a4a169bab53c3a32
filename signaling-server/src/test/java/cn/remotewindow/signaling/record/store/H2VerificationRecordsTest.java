package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;

class H2VerificationRecordsTest extends DatabaseVerificationRecordsContract {

    @Override
    protected WindowProperties.Records newDatabase() {
        return TestDatabases.h2();
    }
}
