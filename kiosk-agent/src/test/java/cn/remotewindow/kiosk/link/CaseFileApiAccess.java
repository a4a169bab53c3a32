package cn.remotewindow.kiosk.link;

/** Opens the case file's path allow-list to tests of other packages. */
public final class CaseFileApiAccess {

    private CaseFileApiAccess() {
    }

    public static boolean allowed(String path) {
        return CaseFileApi.allowed(path);
    }
}
