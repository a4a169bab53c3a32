package cn.remotewindow.kiosk.agent;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The messages on the call's "control" data channel, between the kiosk and the expert's console
 * (docs/protocol.md, section "The control data channel"). JSON objects with a {@code type}.
 */
sealed interface ControlMessage {

    int MAX_TEXT = 2000;

    /** A line of chat, either way. */
    record Chat(String text) implements ControlMessage {
    }

    /** Expert to kiosk: an instruction shown large to the citizen ("请把身份证放在读卡器上"). */
    record Prompt(String text) implements ControlMessage {
    }

    /** Expert to kiosk: take the prompt away. */
    record PromptClear() implements ControlMessage {
    }

    /** Expert to kiosk: start ({@code on}) or stop showing the kiosk's own screen. */
    record ScreenShare(boolean on) implements ControlMessage {
    }

    /**
     * Kiosk to expert: whether the kiosk's screen is being shared now; {@code problem} says why
     * not when a request could not be met (e.g. "UNAVAILABLE").
     */
    record ScreenShareState(boolean on, String problem) implements ControlMessage {
    }

    /** Something this kiosk does not understand (a newer console): logged and ignored. */
    record Unknown(String type) implements ControlMessage {
    }

    JsonMapper JSON = JsonMapper.builder().build();

    static ControlMessage parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return new Unknown("(not JSON)");
        }
        if (node == null || !node.isObject()) {
            return new Unknown("(not an object)");
        }
        String type = node.path("type").asString("");
        return switch (type) {
            case "chat" -> textOr(node, Chat::new, type);
            case "prompt" -> textOr(node, Prompt::new, type);
            case "prompt.clear" -> new PromptClear();
            case "screen.share" -> node.path("on").isBoolean()
                    ? new ScreenShare(node.path("on").booleanValue()) : new Unknown(type);
            case "screen.share.state" -> new ScreenShareState(node.path("on").asBoolean(false),
                    node.path("problem").isString() ? node.path("problem").asString() : null);
            default -> new Unknown(type);
        };
    }

    private static ControlMessage textOr(JsonNode node, java.util.function.Function<String, ControlMessage> make,
                                         String type) {
        JsonNode text = node.path("text");
        if (!text.isString() || text.asString().isBlank()) {
            return new Unknown(type + " without text");
        }
        String value = text.asString();
        return make.apply(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
    }

    static String write(ControlMessage message) {
        ObjectNode node = JSON.createObjectNode();
        if (message instanceof Chat chat) {
            node.put("type", "chat").put("text", chat.text());
        } else if (message instanceof Prompt prompt) {
            node.put("type", "prompt").put("text", prompt.text());
        } else if (message instanceof PromptClear) {
            node.put("type", "prompt.clear");
        } else if (message instanceof ScreenShare share) {
            node.put("type", "screen.share").put("on", share.on());
        } else if (message instanceof ScreenShareState state) {
            node.put("type", "screen.share.state").put("on", state.on());
            if (state.problem() != null) {
                node.put("problem", state.problem());
            }
        } else {
            throw new IllegalArgumentException("cannot send " + message);
        }
        return JSON.writeValueAsString(node);
    }
}
