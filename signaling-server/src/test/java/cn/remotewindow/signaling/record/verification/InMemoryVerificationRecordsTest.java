package cn.remotewindow.signaling.record.verification;

class InMemoryVerificationRecordsTest extends VerificationRecordsContract {

    @Override
    protected VerificationRecords records() {
        return new InMemoryVerificationRecords();
    }
}
