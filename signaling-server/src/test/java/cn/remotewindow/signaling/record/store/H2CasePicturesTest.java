package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;

class H2CasePicturesTest extends DatabaseCasePicturesContract {

    @Override
    protected WindowProperties.Records newDatabase() {
        return TestDatabases.h2();
    }
}
