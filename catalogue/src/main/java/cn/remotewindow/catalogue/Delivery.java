package cn.remotewindow.catalogue;

import java.util.Objects;

/**
 * One way the result of an item is delivered, and where: the counter, who posts it, or the app
 * that holds the electronic licence. The first of an item's deliveries is the usual one.
 */
public record Delivery(DeliveryKind kind, String place) {

    public Delivery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
    }
}
