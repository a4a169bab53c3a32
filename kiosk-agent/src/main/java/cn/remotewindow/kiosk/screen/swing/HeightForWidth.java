package cn.remotewindow.kiosk.screen.swing;

/** A component whose height depends on the width it gets: wrapped text. */
interface HeightForWidth {

    int heightFor(int width);

    /** Whether all of its text is visible at its current size; the screenshot test checks it. */
    boolean textFits();
}
