package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;

class PostgresCasePicturesTest extends DatabaseCasePicturesContract {

    @Override
    protected WindowProperties.Records newDatabase() {
        return TestDatabases.postgres();
    }
}
