package cn.remotewindow.signaling.catalogue;

/**
 * Hands a catalogue accepted on this node to the other nodes (several nodes: docs/cluster.md); a
 * node alone has nobody to hand it to.
 */
@FunctionalInterface
public interface CatalogueSharing {

    CatalogueSharing ALONE = (file, sha256) -> { };

    /** @param file the accepted file as UTF-8 text's bytes */
    void share(byte[] file, String sha256);
}
