package cn.remotewindow.signaling.cluster;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON for what nodes share: session snapshots, ended sessions, relay frames. Plain records map
 * by their components; a signaling envelope inside them is kept as its wire text (the protocol's
 * own codec), so a message reads back exactly as a client would have received it.
 *
 * <p>Nodes of one cluster run the same version; an unknown field is still ignored, so that a
 * rolling upgrade that adds one does not break the nodes not yet upgraded.
 */
public final class ClusterJson {

    private final JsonMapper mapper;

    public ClusterJson(EnvelopeCodec codec) {
        SimpleModule envelopes = new SimpleModule("cluster-envelopes")
                .addSerializer(Envelope.class, new ValueSerializer<>() {
                    @Override
                    public void serialize(Envelope value, JsonGenerator gen, SerializationContext context) {
                        gen.writeString(codec.encode(value));
                    }
                })
                .addDeserializer(Envelope.class, new ValueDeserializer<>() {
                    @Override
                    public Envelope deserialize(JsonParser parser, DeserializationContext context) {
                        return codec.decode(parser.getValueAsString());
                    }
                });
        this.mapper = JsonMapper.builder()
                .addModule(envelopes)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }
}
