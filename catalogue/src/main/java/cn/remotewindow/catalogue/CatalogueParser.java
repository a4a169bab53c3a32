package cn.remotewindow.catalogue;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a catalogue file (YAML, docs/catalogue.md) into a {@link Catalogue}, or refuses it whole
 * with every problem it has: its line, its field and what is wrong. Expected bad input is an
 * answer, never an exception. Thread-safe: every call has its own YAML parser.
 */
public final class CatalogueParser {

    /** The largest file read, in characters: a whole city's catalogue is a few megabytes. */
    public static final int MAX_CHARACTERS = 32 * 1024 * 1024;

    private CatalogueParser() {
    }

    public static Parsed parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads a file meant to replace {@code running}: it must then carry a new version, unless it
     * is the same catalogue again (a repeated import changes nothing and is valid).
     */
    public static Parsed parse(String text, Catalogue running) {
        Node root;
        try {
            root = yaml().compose(new StringReader(withoutByteOrderMark(text)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return refused(mark == null ? 1 : mark.getLine() + 1, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            // Limits (size, aliases, nesting) have no mark.
            return refused(1, "not readable as YAML: " + e.getMessage());
        }
        if (root == null) {
            return refused(1, "the file is empty");
        }
        Findings findings = new Findings();
        Catalogue catalogue = new CatalogueReader(findings).read(root);
        if (running != null && running.version().equals(versionOf(catalogue, root))
                && !running.equals(catalogue)) {
            findings.add(findings.lineOf("version"), "version", "'" + running.version() + "' is the version of the"
                    + " running catalogue; a changed catalogue needs a new version");
        }
        return findings.count() == 0 ? new Parsed.Valid(catalogue) : new Parsed.Invalid(findings.sorted());
    }

    /** Decodes the file's bytes strictly: a file saved in another encoding is refused, not garbled. */
    public static Parsed parse(byte[] bytes, Charset charset, Catalogue running) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate((int) Math.min(MAX_CHARACTERS + 1L,
                (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            int line = 1 + countNewlines(bytes, input.position());
            return refused(line, "not " + charset.name() + " text (byte " + (input.position() + 1) + "): save the"
                    + " file as " + charset.name() + (charset.equals(StandardCharsets.UTF_8) ? "" : " or send its charset"));
        }
        if (result.isOverflow()) {
            return refused(1, "longer than " + MAX_CHARACTERS + " characters");
        }
        decoder.flush(output);
        return parse(output.flip().toString(), running);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARACTERS);
        // A catalogue has no need of many aliases; a few are welcome (a shared delivery place).
        options.setMaxAliasesForCollections(100);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }

    /** The version as written, even when other problems keep the catalogue from being built. */
    private static String versionOf(Catalogue catalogue, Node root) {
        if (catalogue != null) {
            return catalogue.version();
        }
        if (root instanceof MappingNode mapping) {
            for (NodeTuple field : mapping.getValue()) {
                if (field.getKeyNode() instanceof ScalarNode key && key.getValue().equals("version")
                        && field.getValueNode() instanceof ScalarNode value) {
                    return value.getValue().strip();
                }
            }
        }
        return null;
    }

    private static String withoutByteOrderMark(String text) {
        // Editors on Windows start UTF-8 files with one; YAML allows it, the reader's column count does not need it.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int countNewlines(byte[] bytes, int end) {
        int lines = 0;
        for (int i = 0; i < end && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static Parsed refused(int line, String message) {
        return new Parsed.Invalid(List.of(new Problem(line, "", message)));
    }
}
