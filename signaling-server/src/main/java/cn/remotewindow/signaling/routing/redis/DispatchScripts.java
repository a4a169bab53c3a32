package cn.remotewindow.signaling.routing.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The dispatch's Lua scripts ({@code redis/dispatch/*.lua}), each the shared helpers of
 * {@code common.lua} followed by one operation, loaded with SCRIPT LOAD at construction and run
 * with EVALSHA. A script's SHA-1 depends only on its text, so after Redis forgot its scripts (a
 * restart, SCRIPT FLUSH) loading them again yields the same digests: on NOSCRIPT every script is
 * loaded again and the call retried once.
 */
final class DispatchScripts {

    /** One operation; its file is {@code redis/dispatch/<file>.lua}. */
    enum Script {
        SIGN_ON("sign-on"), SIGN_OFF("sign-off"), PLACE("place"), OFFER_TO("offer-to"), OFFER_IDLE("offer-idle"),
        SET_WANTED("set-wanted"), CONFIRM("confirm"), RELEASE("release"), WITHDRAW("withdraw"), QUEUE("queue"),
        EXPERT("expert"), EXPERTS("experts"), RESTORE_EXPERT("restore-expert"), RESTORE_HOLD("restore-hold"),
        RESTORE_QUEUED("restore-queued"), RESTORE_SEQUENCE("restore-sequence"), SETTLE("settle");

        private final String file;

        Script(String file) {
            this.file = file;
        }
    }

    private static final String[] NO_KEYS = new String[0];

    private final RedisCommands<String, String> redis;
    private final Map<Script, String> text;
    /** Never changes once loaded: a digest is the SHA-1 of the text, whatever Redis remembers. */
    private final Map<Script, String> digests;

    DispatchScripts(RedisCommands<String, String> redis) {
        this.redis = redis;
        String common = resource("common");
        Map<Script, String> texts = new EnumMap<>(Script.class);
        Map<Script, String> loaded = new EnumMap<>(Script.class);
        for (Script script : Script.values()) {
            texts.put(script, common + "\n" + resource(script.file));
            loaded.put(script, redis.scriptLoad(texts.get(script)));
        }
        this.text = Map.copyOf(texts);
        this.digests = Map.copyOf(loaded);
    }

    /** Runs the script with these arguments (the first is always the key prefix); no KEYS are passed. */
    <T> T run(Script script, ScriptOutputType type, String... args) {
        try {
            return redis.evalsha(digests.get(script), type, NO_KEYS, args);
        } catch (RedisNoScriptException e) {
            load();
            return redis.evalsha(digests.get(script), type, NO_KEYS, args);
        }
    }

    /** Loads every script again; concurrent loads from several threads or nodes are harmless. */
    private void load() {
        for (Script script : Script.values()) {
            redis.scriptLoad(text.get(script));
        }
    }

    private static String resource(String name) {
        String path = "/redis/dispatch/" + name + ".lua";
        try (InputStream in = DispatchScripts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
