package cn.remotewindow.catalogue;

import java.util.Objects;

/**
 * A city department (市直部门) that owns service items. Its code is also an expert skill: an expert
 * holding it may serve any of its items.
 */
public record Department(String code, Name name) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
