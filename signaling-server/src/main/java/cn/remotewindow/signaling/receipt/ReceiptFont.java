package cn.remotewindow.signaling.receipt;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK font a receipt is printed in: a TrueType-outline font (a {@code glyf} table), because
 * PDFBox embeds a subset only of those. Noto Sans CJK / Source Han are CFF-outline OpenType and
 * are refused with a message that says so. The default is WenQuanYi Micro Hei (Debian
 * {@code fonts-wqy-microhei}, Apache-2.0), which covers GB 18030's common characters and Latin
 * in one face; docs/receipt.md lists the alternatives.
 *
 * <p>The file is read and checked once ({@link #locate}); each receipt parses its own copy of the
 * face from those bytes ({@link #open}), so renders share nothing mutable.
 */
public final class ReceiptFont {

    /**
     * Where the search looks when {@code window.receipt.font} is empty, best first. Debian and
     * Ubuntu paths, Fedora/RHEL ones, then Windows' SimHei and Microsoft YaHei for a developer's machine.
     */
    public static final List<Path> KNOWN_PATHS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("C:/Windows/Fonts/msyh.ttc"));

    /** What a usable face must draw: the papers' own words, Latin and digits. */
    static final String REQUIRED_CHARACTERS = "受理回执一次性告知书办件编号材料容缺补交工作日领取ABCXYZabcxyz0123456789（）：，。";

    private final Path path;
    private final byte[] bytes;
    private final boolean collection;
    private final String faceName;

    private ReceiptFont(Path path, byte[] bytes, boolean collection, String faceName) {
        this.path = path;
        this.bytes = bytes;
        this.collection = collection;
        this.faceName = faceName;
    }

    /**
     * The configured font, or the first usable one of {@link #KNOWN_PATHS} when none is configured.
     *
     * @param configured {@code window.receipt.font}: a .ttf or .ttc file; blank = search
     * @throws ReceiptFontUnavailable naming the file and what is wrong with it, or every path searched
     */
    public static ReceiptFont locate(String configured) {
        if (configured != null && !configured.isBlank()) {
            return load(Path.of(configured.strip()));
        }
        return search(KNOWN_PATHS);
    }

    static ReceiptFont search(List<Path> candidates) {
        List<String> tried = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isRegularFile(candidate)) {
                tried.add(candidate + " (absent)");
                continue;
            }
            try {
                return load(candidate);
            } catch (ReceiptFontUnavailable e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new ReceiptFontUnavailable("no usable CJK font for receipts: set window.receipt.font to a TrueType-outline"
                + " .ttf/.ttc file, or install one (Debian: apt-get install fonts-wqy-microhei). Searched: "
                + String.join("; ", tried));
    }

    /** Reads and checks one file: TrueType outlines, and glyphs for {@link #REQUIRED_CHARACTERS}. */
    public static ReceiptFont load(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ReceiptFontUnavailable("receipt font " + path + " cannot be read: " + e.getMessage());
        }
        boolean collection = bytes.length >= 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
        List<String> refused = new ArrayList<>();
        List<TrueTypeFont> faces = new ArrayList<>();
        try (Closeable ignored = collection ? readFaces(bytes, faces) : readFace(bytes, faces)) {
            TrueTypeFont chosen = null;
            for (TrueTypeFont face : faces) {
                String problem = problemOf(face);
                if (problem != null) {
                    refused.add(face.getName() + ": " + problem);
                } else if (chosen == null || isMonospaced(chosen) && !isMonospaced(face)) {
                    chosen = face;
                }
            }
            if (chosen == null) {
                throw new ReceiptFontUnavailable("receipt font " + path + " is not usable: " + String.join("; ", refused));
            }
            return new ReceiptFont(path, bytes, collection, chosen.getName());
        } catch (IOException e) {
            throw new ReceiptFontUnavailable("receipt font " + path + " is not a TrueType font or collection: " + e.getMessage());
        }
    }

    private static Closeable readFaces(byte[] bytes, List<TrueTypeFont> faces) throws IOException {
        TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(bytes));
        ttc.processAllFonts(faces::add);
        return ttc;
    }

    private static Closeable readFace(byte[] bytes, List<TrueTypeFont> faces) throws IOException {
        // The OpenType parser reads CFF fonts too, so that they can be refused by name below.
        TrueTypeFont face = new OTFParser().parse(new RandomAccessReadBuffer(bytes));
        faces.add(face);
        return face;
    }

    private static String problemOf(TrueTypeFont face) throws IOException {
        if (face instanceof OpenTypeFont otf && otf.isPostScript() || !face.getTableMap().containsKey("glyf")) {
            return "CFF (PostScript) outlines, which PDFBox cannot embed as a subset; use a TrueType-outline"
                    + " font such as WenQuanYi Micro Hei";
        }
        CmapLookup cmap = face.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return "no Unicode character map";
        }
        StringBuilder lacking = new StringBuilder();
        REQUIRED_CHARACTERS.codePoints().filter(cp -> cmap.getGlyphId(cp) == 0).forEach(lacking::appendCodePoint);
        return lacking.isEmpty() ? null : "no glyphs for " + lacking;
    }

    private static boolean isMonospaced(TrueTypeFont face) throws IOException {
        return face.getPostScript() != null && face.getPostScript().getIsFixedPitch() != 0
                || face.getName() != null && face.getName().toLowerCase().contains("mono");
    }

    public Path path() {
        return path;
    }

    /** The PostScript name of the face used (e.g. WenQuanYiMicroHei). */
    public String faceName() {
        return faceName;
    }

    /** A fresh parse of the face for one document; close it after the document is saved. */
    Face open() throws IOException {
        if (collection) {
            TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            try {
                return new Face(ttc.getFontByName(faceName), ttc);
            } catch (IOException | RuntimeException e) {
                ttc.close();
                throw e;
            }
        }
        TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        try {
            return new Face(face, face);
        } catch (IOException | RuntimeException e) {
            face.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return faceName + " (" + path + ")";
    }

    /** One parsed face and what must stay open while a document that embeds it is written. */
    static final class Face implements Closeable {
        private final TrueTypeFont font;
        private final Closeable owner;
        private final CmapLookup cmap;

        Face(TrueTypeFont font, Closeable owner) throws IOException {
            this.font = font;
            this.owner = owner;
            this.cmap = font.getUnicodeCmapLookup(false);
        }

        TrueTypeFont font() {
            return font;
        }

        boolean covers(int codePoint) {
            return cmap != null && cmap.getGlyphId(codePoint) != 0;
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
