package cn.remotewindow.kiosk.screen;

/** Where the citizen is with one document picture the expert asked for. */
public enum DocumentStep {
    /** The live picture of the document camera and the 拍照 button. */
    PREVIEW,
    /** The still, large, with 重拍 and 确认上传. */
    CAPTURED,
    /** 正在上传…: no taps. */
    UPLOADING,
    /** Sent; the expert is looking at it. */
    SENT,
    /** The expert wants another picture: why, and 重拍. */
    REJECTED,
    /** The upload did not get through: 重试 or 取消. */
    UPLOAD_FAILED,
    /** The expert accepted it (shown briefly). */
    RECEIVED,
    /** The request is over without this picture (the expert withdrew it, or the server closed it). */
    OVER
}
