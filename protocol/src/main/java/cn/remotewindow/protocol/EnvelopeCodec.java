package cn.remotewindow.protocol;

import cn.remotewindow.protocol.message.Message;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns text frames into {@link Envelope}s and back. Thread-safe; share one instance.
 *
 * <p>Decoding answers every defect with a {@link ProtocolException} carrying the error code a
 * client gets back, and the envelope's correlation id once it could be read.
 */
public final class EnvelopeCodec {

    private final JsonMapper mapper;

    public EnvelopeCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(16)
                        .maxStringLength(64 * 1024)
                        .maxNumberLength(32)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                // Fields added in a later minor revision must not break older peers.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // "true" is not a boolean and 1 is not a string: a vendor's typing mistake should show at once.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    /** The envelope as written: one pass, no intermediate tree (this runs for every message sent). */
    @JsonPropertyOrder({"v", "type", "id", "sessionId", "body"})
    record Wire(int v, String type, String id, String sessionId, Message body) {
    }

    public String encode(Envelope envelope) {
        return mapper.writeValueAsString(
                new Wire(Envelope.VERSION, envelope.type(), envelope.id(), envelope.sessionId(), envelope.body()));
    }

    public Envelope decode(String text) {
        return decode(text, null);
    }

    /**
     * Decodes a frame from a known sender. A type the sender's role may not send is refused with
     * ROLE_NOT_ALLOWED before its body is read.
     */
    public Envelope decode(String text, Role sender) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "not valid JSON: " + firstLine(e));
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolException(ErrorCode.MALFORMED_JSON, "the frame must be a JSON object");
        }
        String id = optionalText(root, "id", null);
        try {
            JsonNode v = root.get("v");
            if (v == null || v.isNull()) {
                throw new ProtocolException(ErrorCode.MISSING_FIELD, "'v' is required");
            }
            if (!v.isInt() || v.intValue() != Envelope.VERSION) {
                throw new ProtocolException(ErrorCode.UNSUPPORTED_VERSION, "version " + v + " is not supported; send v=1");
            }
            String type = optionalText(root, "type", id);
            if (type == null) {
                throw new ProtocolException(ErrorCode.MISSING_FIELD, "'type' is required");
            }
            MessageTypes.Binding binding = MessageTypes.byName(type).orElseThrow(() ->
                    new ProtocolException(ErrorCode.UNKNOWN_TYPE, "unknown message type '" + abbreviate(type) + "'"));
            if (sender != null && !binding.allows(sender)) {
                throw new ProtocolException(ErrorCode.ROLE_NOT_ALLOWED, sender + " may not send " + type);
            }
            String sessionId = optionalText(root, "sessionId", id);
            if (binding.needsSession() && sessionId == null) {
                throw new ProtocolException(ErrorCode.MISSING_FIELD, "'sessionId' is required for " + type);
            }
            JsonNode body = root.get("body");
            if (body == null || body.isNull()) {
                body = JsonNodeFactory.instance.objectNode();
            } else if (!body.isObject()) {
                throw new ProtocolException(ErrorCode.INVALID_FIELD, "'body' must be an object");
            }
            return new Envelope(id, sessionId, readBody(body, binding.type()));
        } catch (ProtocolException e) {
            throw e.withCorrelationId(id);
        }
    }

    private Message readBody(JsonNode body, Class<? extends Message> type) {
        try {
            return mapper.treeToValue(body, type);
        } catch (JacksonException e) {
            ProtocolException cause = causeOf(e);
            if (cause != null) {
                throw cause;
            }
            String field = fieldOf(e);
            if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                throw new ProtocolException(ErrorCode.INVALID_FIELD, "'" + field + "' has the wrong type or value");
            }
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "body does not match " + type.getSimpleName());
        }
    }

    private static ProtocolException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProtocolException p) {
                return p;
            }
        }
        return null;
    }

    private static String fieldOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()));
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String optionalText(JsonNode root, String field, String correlationId) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'" + field + "' must be a string", correlationId);
        }
        String value = node.asString();
        if (value.length() > Envelope.MAX_ID_LENGTH) {
            throw new ProtocolException(ErrorCode.FIELD_TOO_LONG,
                    "'" + field + "' is longer than " + Envelope.MAX_ID_LENGTH + " characters", correlationId);
        }
        return value;
    }

    private static String firstLine(JacksonException e) {
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
