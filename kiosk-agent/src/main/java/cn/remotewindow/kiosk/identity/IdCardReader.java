package cn.remotewindow.kiosk.identity;

import java.time.Duration;

/**
 * The kiosk's resident ID card reader (二代身份证阅读器): waits for a card on the reader and reads
 * what its chip holds, the card data and the small chip photo.
 *
 * <p>Real readers are certified devices with their vendor's SDK (the readers certified under the
 * Ministry of Public Security's 居民身份证阅读机具 standard, GA 450, each with its own native
 * library that also decodes the chip's WLT photo). Such an SDK plugs in behind this interface: wait
 * for a card, read it, decode the photo to JPEG or PNG, map the fields to {@link CardRead}. None is
 * in this repository because this machine has no reader; {@link FileIdCardReader} stands in for
 * one (demos, tests).
 *
 * <p>Implementations are called on a worker thread, one read at a time; a read must return when
 * its thread is interrupted (the verification was cancelled or replaced).
 */
public interface IdCardReader {

    /**
     * Reads the card placed on the reader, waiting up to {@code timeout} for one to be placed.
     *
     * @return the card, or why there is none: {@link CardReadFailure.Reason#NO_CARD} when no card
     *     came within the timeout, {@link CardReadFailure.Reason#UNREADABLE} when one came but its
     *     chip could not be read
     * @throws InterruptedException when the reading thread is interrupted
     */
    Result read(Duration timeout) throws InterruptedException;

    /** A card read, or why not. */
    sealed interface Result permits CardRead, CardReadFailure {
    }
}
