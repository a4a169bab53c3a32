package cn.remotewindow.signaling.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Who handles each kind of {@link SessionTask} on the session's owner thread: a typed table,
 * filled once at wiring time and checked to cover every kind.
 */
public final class ClusterTasks {

    private final Map<Class<? extends SessionTask>, Consumer<SessionTask>> handlers = new HashMap<>();

    public <T extends SessionTask> ClusterTasks on(Class<T> kind, Consumer<T> handler) {
        if (handlers.putIfAbsent(kind, task -> handler.accept(kind.cast(task))) != null) {
            throw new IllegalArgumentException("two handlers for " + kind.getSimpleName());
        }
        return this;
    }

    /** @throws IllegalStateException if a kind of task has no handler */
    public ClusterTasks checkComplete() {
        for (Class<?> kind : SessionTask.class.getPermittedSubclasses()) {
            if (!handlers.containsKey(kind)) {
                throw new IllegalStateException("no handler for session task " + kind.getSimpleName());
            }
        }
        return this;
    }

    /** Session thread. */
    public void handle(SessionTask task) {
        Consumer<SessionTask> handler = handlers.get(task.getClass());
        if (handler == null) {
            throw new IllegalStateException("no handler for session task " + task.getClass().getSimpleName());
        }
        handler.accept(task);
    }
}
