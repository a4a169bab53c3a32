package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * Tells the kiosk to capture a document: show the citizen what to place under the camera, let
 * them retake it, and upload it ({@code POST uploadPath}, the image as the body).
 *
 * @param materialName   zh-CN
 * @param materialNameEn English
 * @param note           the expert's words, or null
 * @param maxBytes       the largest picture the server takes
 */
@WireType(value = "document.capture", sentBy = Role.SERVER, needsSession = true)
public record DocumentCapture(String documentId, String materialCode, String materialName, String materialNameEn,
                              String note, String expertName, String uploadPath, long maxBytes) implements Message {
}
