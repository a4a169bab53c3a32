package cn.remotewindow.signaling.session;

class InMemorySessionStoreTest extends SessionStoreContract {

    private final InMemorySessionStore store = new InMemorySessionStore();

    @Override
    protected SessionStore here() {
        return store;
    }

    @Override
    protected SessionStore there() {
        return store;
    }
}
