package cn.remotewindow.protocol;

import cn.remotewindow.protocol.message.Message;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry of wire types, read once from the permitted subclasses of {@link Message}. */
public final class MessageTypes {

    /** One row of the table: a wire name, its record, who may send it, whether it needs a session. */
    public record Binding(String name, Class<? extends Message> type, Set<Role> sentBy, boolean needsSession) {
        public boolean allows(Role role) {
            return sentBy.contains(role);
        }
    }

    private static final Map<String, Binding> BY_NAME;
    private static final Map<Class<?>, Binding> BY_CLASS;

    static {
        Map<String, Binding> byName = new LinkedHashMap<>();
        Map<Class<?>, Binding> byClass = new LinkedHashMap<>();
        for (Class<?> permitted : Message.class.getPermittedSubclasses()) {
            WireType wire = permitted.getAnnotation(WireType.class);
            if (wire == null) {
                throw new IllegalStateException(permitted.getName() + " has no @WireType");
            }
            Binding binding = new Binding(wire.value(), permitted.asSubclass(Message.class),
                    Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(wire.sentBy()))), wire.needsSession());
            if (byName.put(wire.value(), binding) != null) {
                throw new IllegalStateException("duplicate wire type " + wire.value());
            }
            byClass.put(permitted, binding);
        }
        BY_NAME = Collections.unmodifiableMap(byName);
        BY_CLASS = Collections.unmodifiableMap(byClass);
    }

    private MessageTypes() {
    }

    public static Optional<Binding> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Binding of(Class<? extends Message> type) {
        Binding binding = BY_CLASS.get(type);
        if (binding == null) {
            throw new IllegalArgumentException("not a message type: " + type);
        }
        return binding;
    }

    public static String nameOf(Class<? extends Message> type) {
        return of(type).name();
    }

    public static Iterable<Binding> all() {
        return BY_NAME.values();
    }
}
