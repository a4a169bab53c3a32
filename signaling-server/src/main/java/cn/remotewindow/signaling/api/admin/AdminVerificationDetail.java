package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.api.verifications.VerificationView;

/** One verification for the auditor: as the expert saw it (ID number masked), and its chain status. */
public record AdminVerificationDetail(VerificationView verification, RecordChainView chain) {
}
