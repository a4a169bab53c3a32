package cn.remotewindow.kiosk.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Does not print: writes each receipt PDF into a directory (written to a temporary file first, then
 * moved, so a reader never sees half a PDF). The default for demos and tests, and for a kiosk
 * without a printer configured ({@code receipt.printer} blank); nothing comes out on paper.
 */
public final class DirectoryReceiptPrinter implements ReceiptPrinter {

    private final Path directory;

    public DirectoryReceiptPrinter(Path directory) {
        this.directory = directory;
    }

    @Override
    public void print(byte[] pdf, String name) throws IOException {
        Files.createDirectories(directory);
        String fileName = Path.of(name).getFileName().toString();
        Path target = directory.resolve(fileName);
        Path part = directory.resolve(fileName + ".part");
        Files.write(part, pdf);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "DirectoryReceiptPrinter[" + directory + "]";
    }
}
