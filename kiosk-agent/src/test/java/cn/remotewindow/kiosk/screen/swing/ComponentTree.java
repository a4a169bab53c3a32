package cn.remotewindow.kiosk.screen.swing;

import java.awt.Component;
import java.awt.Container;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Reads the Swing screen the way a citizen sees it, without a window: a component counts as
 * visible when it and all its parents up to the root are visible (the card layout hides the
 * other screens).
 */
final class ComponentTree {

    private ComponentTree() {
    }

    static List<Component> visible(JComponent root) {
        List<Component> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    /** Texts by component name: labels, button labels, video captions. Pager buttons are not content. */
    static Map<String, String> texts(JComponent root) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Component component : visible(root)) {
            if (component.getName() == null || component.getName().startsWith("grid.")) {
                continue;
            }
            if (component instanceof KioskLabel) {
                texts.put(component.getName(), ((KioskLabel) component).getText());
            } else if (component instanceof KioskButton) {
                texts.put(component.getName(), ((KioskButton) component).getText());
            } else if (component instanceof VideoPanel) {
                texts.put(component.getName(), ((VideoPanel) component).caption());
            }
        }
        return texts;
    }

    static KioskButton button(JComponent root, String name) {
        for (Component component : visible(root)) {
            if (component instanceof KioskButton && name.equals(component.getName())) {
                return (KioskButton) component;
            }
        }
        return null;
    }

    static <T> T onEdt(Callable<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(task.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    private static void collect(Component component, List<Component> found) {
        if (!component.isVisible()) {
            return;
        }
        found.add(component);
        if (component instanceof Container) {
            for (Component child : ((Container) component).getComponents()) {
                collect(child, found);
            }
        }
    }
}
