package cn.remotewindow.identity;

import java.util.Map;

/**
 * Which model produced a result, for the evidence record: a stable id and the SHA-256 of the bytes.
 *
 * @param id     e.g. {@code yunet-2023mar}; a model this module does not know by hash is named by its
 *               file name
 * @param sha256 lower-case hex SHA-256 of the model file
 */
public record ModelInfo(String id, String sha256) {

    /** The models shipped with this module, by hash (see models/PROVENANCE.md). */
    private static final Map<String, String> KNOWN = Map.of(
            IdentitySettings.YUNET_SHA256, "yunet-2023mar",
            IdentitySettings.MOBILEFACENET_SHA256, "mobilefacenet-foamliu-v1.0");

    /** Names a model file: by its known hash, otherwise by its file name. */
    public static ModelInfo of(ModelFile file) {
        return new ModelInfo(KNOWN.getOrDefault(file.sha256(), file.fileName()), file.sha256());
    }
}
