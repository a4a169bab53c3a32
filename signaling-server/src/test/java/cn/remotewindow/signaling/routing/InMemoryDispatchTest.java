package cn.remotewindow.signaling.routing;

class InMemoryDispatchTest extends DispatchContract {

    @Override
    protected Dispatch newDispatch() {
        return new InMemoryDispatch();
    }
}
