package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.link.CaseFileCall;
import cn.remotewindow.kiosk.link.CaseFileReply;
import cn.remotewindow.kiosk.screen.CaseFilePanel;
import cn.remotewindow.kiosk.screen.CaseFilePanel.ClosingStep;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.Signature;
import cn.remotewindow.protocol.message.ClosingState;
import cn.remotewindow.protocol.message.ClosingSummary;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One closing summary ({@code closing.summary}): shown, signed, the signature posted as a PNG, and on
 * {@code closing.state SIGNED} the receipt fetched and printed. Agent's thread only; HTTP and the
 * printer on the worker.
 */
final class ClosingRun {

    private static final Logger log = LoggerFactory.getLogger(ClosingRun.class);
    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(20);
    /** The receipt is made on request; a slow or briefly unreachable server gets a second chance. */
    static final int RECEIPT_TRIES = 2;

    private final ClosingSummary summary;
    private final KioskScreen screen;
    private final CaseFileHost host;
    private final ReceiptPrinter printer;
    private final ScheduledExecutorService agentThread;
    private final ExecutorService worker;
    private final Duration noticeTime;
    private CaseFilePanel.Closing panel;
    private Future<?> work;
    private boolean signed;
    private boolean over;

    ClosingRun(ClosingSummary summary, KioskScreen screen, CaseFileHost host, ReceiptPrinter printer,
               ScheduledExecutorService agentThread, ExecutorService worker, Duration noticeTime) {
        this.summary = summary;
        this.screen = screen;
        this.host = host;
        this.printer = printer;
        this.agentThread = agentThread;
        this.worker = worker;
        this.noticeTime = noticeTime;
    }

    String closingId() {
        return summary.closingId();
    }

    boolean over() {
        return over;
    }

    void start() {
        panel = CaseFilePanel.Closing.shown(CaseFileMapping.summary(summary));
        screen.showCaseFile(panel);
    }

    /** 确认签字 (or 重试): the screen shows 正在提交… already. Idempotent on the server: a retry is safe. */
    void signatureConfirmed(Signature signature) {
        if (over || signed || signature.isEmpty()) {
            return;
        }
        show(ClosingStep.SUBMITTING);
        byte[] png = signature.png();
        work = worker.submit(() -> {
            CaseFileReply reply;
            try {
                reply = host.http(CaseFileCall.post(summary.signPath(), "image/png", png, HTTP_TIMEOUT));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            back(() -> posted(reply));
        });
    }

    private void posted(CaseFileReply reply) {
        if (signed) {
            return; // closing.state SIGNED came first
        }
        int status = reply.status();
        if (reply.ok()) {
            return; // 201, or 200 for a retry: closing.state SIGNED follows
        }
        if (status == 404 || status == 409) {
            // Replaced, cancelled, or signed with another signature: the summary is not this one's to sign.
            log.info("closing {}: the server no longer takes a signature ({})", closingId(), status);
            end();
        } else {
            log.warn("closing {}: signature not delivered ({})", closingId(), status);
            show(ClosingStep.FAILED);
        }
    }

    void state(ClosingState state) {
        if (over) {
            return;
        }
        switch (state.phase()) {
            case SIGNED -> signed(state.receiptPath());
            case CANCELLED -> end();
            default -> { }
        }
    }

    private void signed(String receiptPath) {
        if (signed) {
            return;
        }
        signed = true;
        show(ClosingStep.SIGNED);
        // The receipt in the language the citizen reads the screen in (docs/http-api.md, "The case file").
        String path = inLanguage(receiptPath, screen.language());
        work = worker.submit(() -> {
            boolean printed = print(path);
            back(() -> {
                show(printed ? ClosingStep.PRINTED : ClosingStep.PRINT_FAILED);
                agentThread.schedule(() -> {
                    if (!over) {
                        end();
                    }
                }, noticeTime.toMillis(), TimeUnit.MILLISECONDS);
            });
        });
    }

    /** The receipt's path for a citizen reading this language: English asks for {@code ?lang=en}. */
    static String inLanguage(String receiptPath, cn.remotewindow.kiosk.screen.ScreenLanguage language) {
        if (receiptPath == null || language != cn.remotewindow.kiosk.screen.ScreenLanguage.EN || receiptPath.contains("?")) {
            return receiptPath;
        }
        return receiptPath + "?lang=en";
    }

    private boolean print(String receiptPath) {
        for (int attempt = 1; attempt <= RECEIPT_TRIES; attempt++) {
            try {
                CaseFileReply reply = host.http(CaseFileCall.get(receiptPath, "application/pdf", HTTP_TIMEOUT));
                if (reply.ok()) {
                    printer.print(reply.body(), "receipt-" + closingId() + ".pdf");
                    log.info("closing {}: receipt printed ({} bytes, {})", closingId(), reply.body().length, printer);
                    return true;
                }
                log.warn("closing {}: receipt not fetched ({})", closingId(), reply.status());
                if (reply.status() >= 400 && reply.status() < 500) {
                    return false;
                }
            } catch (IOException e) {
                log.warn("closing {}: receipt not printed: {}", closingId(), e.getMessage());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void end() {
        close();
        screen.endCaseFile();
    }

    private void show(ClosingStep step) {
        panel = panel.at(step);
        screen.showCaseFile(panel);
    }

    void close() {
        over = true;
        if (work != null && !signed) {
            work.cancel(true);
        }
    }

    private void back(Runnable step) {
        agentThread.execute(() -> {
            if (!over) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    log.error("closing {}: step failed", closingId(), e);
                }
            }
        });
    }
}
