package cn.remotewindow.signaling.record.audit;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog log() {
        return new InMemoryAuditLog();
    }

    @Override
    protected void tamper(AuditLog log, AuditEntry replacement) {
        ((InMemoryAuditLog) log).tamper(replacement);
    }

    @Override
    protected void remove(AuditLog log, long sequence) {
        ((InMemoryAuditLog) log).remove(sequence);
    }
}
