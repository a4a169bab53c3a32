package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.link.CaseFileCall;
import cn.remotewindow.kiosk.link.CaseFileReply;
import cn.remotewindow.kiosk.screen.CaseFilePanel;
import cn.remotewindow.kiosk.screen.DocumentStep;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.protocol.message.CaptureProblem;
import cn.remotewindow.protocol.message.DocumentCapture;
import cn.remotewindow.protocol.message.DocumentProblem;
import cn.remotewindow.protocol.message.DocumentState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document picture the expert asked for ({@code document.capture}): the preview, the still,
 * the upload with its refusals, the expert's verdict. State is touched on the agent's thread only;
 * the camera and HTTP work on the worker, whose results hop back and are dropped once the run is over.
 */
final class DocumentRun {

    private static final Logger log = LoggerFactory.getLogger(DocumentRun.class);
    static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(30);
    static final Duration STILL_TIMEOUT = Duration.ofSeconds(5);
    static final long PREVIEW_MILLIS = 200;
    /** Failed uploads (no answer, server error) before the kiosk gives up and reports UPLOAD_FAILED. */
    static final int UPLOAD_TRIES = 3;

    private final String session;
    private final DocumentCapture capture;
    private final KioskScreen screen;
    private final CaseFileHost host;
    private final ScheduledExecutorService agentThread;
    private final ExecutorService worker;
    private final Duration noticeTime;
    private CaseFilePanel.Document panel;
    private DocumentCamera camera;
    private BufferedImage still;
    private ScheduledFuture<?> previewTask;
    private Future<?> work;
    private int failedUploads;
    /** 拍照 came while the camera was still opening: taken once it is open. */
    private boolean photoPending;
    private boolean over;

    DocumentRun(String session, DocumentCapture capture, KioskScreen screen, CaseFileHost host,
                ScheduledExecutorService agentThread, ExecutorService worker, Duration noticeTime) {
        this.session = session;
        this.capture = capture;
        this.screen = screen;
        this.host = host;
        this.agentThread = agentThread;
        this.worker = worker;
        this.noticeTime = noticeTime;
    }

    String documentId() {
        return capture.documentId();
    }

    boolean over() {
        return over;
    }

    void start() {
        panel = CaseFilePanel.Document.asked(CaseFileMapping.name(capture.materialName(), capture.materialNameEn()),
                capture.note(), capture.expertName());
        screen.documentStill().clear();
        screen.showCaseFile(panel);
        onWorker(() -> {
            DocumentCamera opened;
            try {
                opened = host.openCamera();
            } catch (IOException | RuntimeException e) {
                log.warn("document {}: camera unavailable: {}", documentId(), e.getMessage());
                back(() -> problem(CaptureProblem.CAMERA_UNAVAILABLE, "camera could not be opened"));
                return;
            }
            back(() -> cameraOpen(opened), opened::close);
        });
    }

    private void cameraOpen(DocumentCamera opened) {
        camera = opened;
        previewTask = agentThread.scheduleAtFixedRate(() -> {
            if (!over && camera != null) {
                BufferedImage frame = camera.preview();
                if (frame != null) {
                    screen.documentPreview().show(frame);
                }
            }
        }, 0, PREVIEW_MILLIS, TimeUnit.MILLISECONDS);
        if (photoPending) {
            photoPending = false;
            photoRequested();
        }
    }

    /** 拍照. */
    void photoRequested() {
        DocumentCamera current = camera;
        if (over) {
            return;
        }
        if (current == null) {
            // Still opening (a failure to open reports CAMERA_UNAVAILABLE by itself).
            photoPending = true;
            return;
        }
        onWorker(() -> {
            try {
                BufferedImage taken = current.still(STILL_TIMEOUT);
                back(() -> captured(taken));
            } catch (IOException e) {
                log.warn("document {}: no still: {}", documentId(), e.getMessage());
                back(() -> problem(CaptureProblem.CAMERA_UNAVAILABLE, "the camera gave no picture"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void captured(BufferedImage taken) {
        still = taken;
        screen.documentStill().show(taken);
        show(panel.at(DocumentStep.CAPTURED));
    }

    /** 确认上传 or 重试: the screen shows 正在上传… already. */
    void sendRequested() {
        BufferedImage picture = still;
        if (over || picture == null) {
            return;
        }
        show(panel.at(DocumentStep.UPLOADING));
        long maxBytes = capture.maxBytes();
        onWorker(() -> {
            CaseFileReply reply = upload(DocumentJpeg.fitting(picture, maxBytes));
            if (reply.status() == 413) {
                // The server takes less than it said, or the limit changed: once more, smaller.
                log.info("document {}: too large for the server, sending a smaller picture", documentId());
                reply = upload(DocumentJpeg.smaller(picture));
            }
            CaseFileReply answer = reply;
            back(() -> uploaded(answer));
        });
    }

    private CaseFileReply upload(byte[] jpeg) {
        try {
            return host.http(CaseFileCall.post(capture.uploadPath(), "image/jpeg", jpeg, UPLOAD_TIMEOUT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CaseFileReply.UNREACHABLE;
        }
    }

    private void uploaded(CaseFileReply reply) {
        int status = reply.status();
        if (reply.ok()) {
            show(panel.at(DocumentStep.SENT));
        } else if (status == 404 || status == 409) {
            // The request is over on the server (withdrawn, replaced, the session ended): nothing to report.
            log.info("document {}: the server no longer takes it ({})", documentId(), status);
            finish(DocumentStep.OVER);
        } else if ((status == CaseFileReply.UNREACHABLE.status() || status >= 500) && ++failedUploads < UPLOAD_TRIES) {
            show(panel.at(DocumentStep.UPLOAD_FAILED));
        } else {
            problem(CaptureProblem.UPLOAD_FAILED, status < 0 ? "no answer from the server" : "HTTP " + status);
        }
    }

    /** 取消. */
    void cancelled() {
        if (!over) {
            host.send(session, new DocumentProblem(documentId(), CaptureProblem.CITIZEN_CANCELLED, null));
            over = true;
            close();
            screen.endCaseFile();
        }
    }

    void state(DocumentState state) {
        if (over) {
            return;
        }
        switch (state.phase()) {
            case UPLOADED -> show(panel.at(DocumentStep.SENT));
            case REJECTED -> show(panel.rejected(CaseFileMapping.retake(state.reason()), state.detail()));
            case ACCEPTED -> finish(DocumentStep.RECEIVED);
            case CANCELLED, PROBLEM -> {
                over = true;
                close();
                screen.endCaseFile();
            }
            default -> { }
        }
    }

    private void problem(CaptureProblem problem, String detail) {
        if (!over) {
            host.send(session, new DocumentProblem(documentId(), problem, detail));
            finish(DocumentStep.OVER);
        }
    }

    /** Shows the last step briefly, then the plain call. */
    private void finish(DocumentStep last) {
        over = true;
        close();
        show(panel.at(last));
        CaseFilePanel.Document shown = panel;
        agentThread.schedule(() -> {
            // Only if nothing newer took the place meanwhile.
            if (panel == shown) {
                screen.endCaseFile();
            }
        }, noticeTime.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void show(CaseFilePanel.Document next) {
        panel = next;
        screen.showCaseFile(next);
    }

    /** Frees the camera and stops what is in flight; the screen is the caller's. */
    void close() {
        over = true;
        if (previewTask != null) {
            previewTask.cancel(false);
        }
        if (work != null) {
            work.cancel(true);
        }
        if (camera != null) {
            camera.close();
            camera = null;
        }
    }

    private void onWorker(Runnable task) {
        work = worker.submit(task);
    }

    private void back(Runnable step) {
        back(step, () -> { });
    }

    /** Runs a worker's result on the agent's thread, unless the run is over ({@code otherwise} then). */
    private void back(Runnable step, Runnable otherwise) {
        agentThread.execute(() -> {
            if (over) {
                otherwise.run();
            } else {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    log.error("document {}: step failed", documentId(), e);
                }
            }
        });
    }
}
