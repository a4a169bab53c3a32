package cn.remotewindow.identity.liveness;

import cn.remotewindow.identity.face.HeadPose;

/**
 * The head pose seen in one frame of a burst.
 *
 * @param capturedAtMillis when the kiosk captured the frame, epoch milliseconds
 * @param pose             the pose of the single face in the frame; null if there was no face, more than
 *                         one, or its landmarks were unusable
 */
public record PoseSample(long capturedAtMillis, HeadPose pose) {
}
