package cn.remotewindow.signaling.routing.redis;

import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.routing.WaitingRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of what the dispatch keeps in Redis: a waiting request, and an expert's skills. Written
 * only here; the scripts read fields from it (cjson) but hand the stored text back unchanged, so
 * cjson's rendering of an empty array as {} never matters. Own mapper: its settings must not
 * change with the application's.
 */
final class RequestJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The stored form; the field names are read by the scripts (skill, passedBy). */
    private record Stored(String sessionId, String skill, Priority priority, long sequence, List<String> passedBy) {
    }

    private RequestJson() {
    }

    static String write(WaitingRequest request) {
        return MAPPER.writeValueAsString(new Stored(request.sessionId(), request.skill(), request.priority(),
                request.sequence(), List.copyOf(new TreeSet<>(request.passedBy()))));
    }

    static WaitingRequest read(String json) {
        Stored stored = MAPPER.readValue(json, Stored.class);
        return new WaitingRequest(stored.sessionId(), stored.skill(), stored.priority(), stored.sequence(),
                Set.copyOf(stored.passedBy()));
    }

    static String writeSkills(Set<String> skills) {
        return MAPPER.writeValueAsString(List.copyOf(new TreeSet<>(skills)));
    }

    static Set<String> readSkills(String json) {
        return Set.copyOf(List.of(MAPPER.readValue(json, String[].class)));
    }
}
