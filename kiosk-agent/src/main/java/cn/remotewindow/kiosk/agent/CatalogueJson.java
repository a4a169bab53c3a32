package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.screen.Name;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the server's catalogue (the JSON of {@code GET /api/catalogue}, docs/catalogue.md) into what
 * the kiosk's service choice shows: departments with their items, and the 一件事 bundles. Only the
 * fields the choice needs are read, so elements the server adds later do not matter here; the
 * server has validated the whole, this checks only that the choice can be built.
 */
final class CatalogueJson {

    /** The body is not a catalogue the kiosk can show. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A catalogue with its version, as the server sent it. */
    record Read(String version, ServiceCatalogue catalogue) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogueJson() {
    }

    static Read read(byte[] body) throws Unreadable {
        try {
            JsonNode root = JSON.readTree(body);
            Map<String, Name> departmentNames = new LinkedHashMap<>();
            for (JsonNode department : array(root, "departments")) {
                departmentNames.put(text(department, "code"), name(department));
            }
            Map<String, List<ServiceCatalogue.Item>> itemsOf = new HashMap<>();
            Map<String, ServiceCatalogue.Item> items = new HashMap<>();
            for (JsonNode node : array(root, "items")) {
                String department = text(node, "department");
                if (!departmentNames.containsKey(department)) {
                    throw new Unreadable("item " + text(node, "code") + " names an unknown department " + department, null);
                }
                ServiceCatalogue.Item item = new ServiceCatalogue.Item(text(node, "code"), name(node),
                        node.path("greenChannel").asBoolean(false));
                items.put(item.code(), item);
                itemsOf.computeIfAbsent(department, d -> new ArrayList<>()).add(item);
            }
            List<ServiceCatalogue.Department> departments = new ArrayList<>();
            departmentNames.forEach((code, name) ->
                    departments.add(new ServiceCatalogue.Department(code, name, itemsOf.getOrDefault(code, List.of()))));
            List<ServiceCatalogue.Bundle> bundles = new ArrayList<>();
            for (JsonNode node : root.path("bundles")) {
                List<Name> itemNames = new ArrayList<>();
                boolean green = true;
                for (JsonNode code : node.path("items")) {
                    ServiceCatalogue.Item item = items.get(code.asString());
                    if (item == null) {
                        throw new Unreadable("bundle " + text(node, "code") + " names an unknown item " + code, null);
                    }
                    itemNames.add(item.name());
                    green &= item.greenChannel();
                }
                bundles.add(new ServiceCatalogue.Bundle(text(node, "code"), name(node), itemNames, green && !itemNames.isEmpty()));
            }
            return new Read(text(root, "version"), new ServiceCatalogue(departments, bundles));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new Unreadable("not a catalogue the kiosk can show: " + e.getMessage(), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) throws Unreadable {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new Unreadable("the catalogue has no '" + field + "' list", null);
        }
        return value;
    }

    private static Name name(JsonNode node) throws Unreadable {
        JsonNode name = node.get("name");
        if (name == null || !name.isObject()) {
            throw new Unreadable("'" + node.path("code").asString("?") + "' has no name", null);
        }
        JsonNode en = name.get("en");
        return new Name(text(name, "zh"), en == null || en.isNull() ? null : en.asString());
    }

    private static String text(JsonNode node, String field) throws Unreadable {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new Unreadable("a catalogue entry lacks '" + field + "'", null);
        }
        return value.asString();
    }
}
