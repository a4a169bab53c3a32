package cn.remotewindow.signaling.accounts;

import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Demo experts and kiosks of Xinxiang city (新乡市) for the embedded default
 * ({@code window.demo.enabled=true}). Their passwords are public: they are printed at start-up.
 * Routing matches a request's item code, or its department code when no item is given, so every
 * expert holds their department code and its item codes.
 */
public final class DemoAccounts {

    /** A demo expert and the password printed for them. */
    public record DemoExpert(String username, String password, String displayName, String department,
                             List<String> skills) {
    }

    /** A demo kiosk and the device secret printed for it. */
    public record DemoKiosk(String id, String secret, String name, String district) {
    }

    public static final List<DemoExpert> EXPERTS = List.of(
            new DemoExpert("zhangwei", "demo-zhangwei", "张伟", "市公安局 PSB",
                    List.of("PSB", "PSB-HJQY", "PSB-JZZ")),
            new DemoExpert("liuyang", "demo-liuyang", "刘洋", "市人社局 HRSS",
                    List.of("HRSS", "HRSS-SBZY", "HRSS-TXSP")),
            new DemoExpert("wangfang", "demo-wangfang", "王芳", "市自然资源和规划局 MNR",
                    List.of("MNR", "MNR-BDCDJ", "MNR-BDCCX")),
            new DemoExpert("chenjing", "demo-chenjing", "陈静", "市民政局 MCA",
                    List.of("MCA", "MCA-GLBT", "MCA-DBSQ")),
            new DemoExpert("zhaolei", "demo-zhaolei", "赵磊", "市市场监管局 MARKET",
                    List.of("MARKET", "MARKET-QYKB", "MARKET-GTDJ")),
            // A liaison (联络员) for the 一件事 "retirement": pension transfer, retirement and old-age
            // allowance; she also takes the bundle itself (YJS-TX), which kiosks offer as one service.
            new DemoExpert("sunli", "demo-sunli", "孙丽", "市人社局 HRSS / 市民政局 MCA",
                    List.of("HRSS", "HRSS-SBZY", "HRSS-TXSP", "MCA", "MCA-GLBT", "YJS-TX")));

    public static final List<DemoKiosk> KIOSKS = List.of(
            new DemoKiosk("kiosk-hongqi-01", "demo-kiosk-hongqi-01", "红旗区政务服务中心 1号自助终端", "红旗区"),
            new DemoKiosk("kiosk-weibin-01", "demo-kiosk-weibin-01", "卫滨区政务服务中心 1号自助终端", "卫滨区"),
            new DemoKiosk("kiosk-muye-01", "demo-kiosk-muye-01", "牧野区王村镇便民服务中心 自助终端", "牧野区"),
            new DemoKiosk("kiosk-yuanyang-01", "demo-kiosk-yuanyang-01", "原阳县政务服务中心 1号自助终端", "原阳县"));

    /** A demo auditor (role ADMIN) and the password printed for them. */
    public record DemoAdmin(String username, String password, String displayName, String office) {
    }

    public static final List<DemoAdmin> ADMINS = List.of(
            new DemoAdmin("auditor", "demo-auditor", "审计员 李敏", "市政务服务和大数据管理局"));

    private DemoAccounts() {
    }

    /** The demo auditors as accounts. */
    public static List<AdminAccount> admins(PasswordEncoder encoder) {
        return ADMINS.stream()
                .map(a -> new AdminAccount(a.username(), a.displayName(), encoder.encode(a.password())))
                .toList();
    }

    /** The demo experts as accounts; hashing is slow on purpose, so call this once at start-up. */
    public static List<ExpertAccount> experts(PasswordEncoder encoder) {
        return EXPERTS.stream()
                .map(e -> new ExpertAccount(e.username(), e.displayName(), encoder.encode(e.password()),
                        Set.copyOf(e.skills())))
                .toList();
    }

    /** The demo kiosks as devices; hashing is slow on purpose, so call this once at start-up. */
    public static List<KioskDevice> kiosks(PasswordEncoder encoder) {
        return KIOSKS.stream()
                .map(k -> new KioskDevice(k.id(), k.name(), k.district(), encoder.encode(k.secret())))
                .toList();
    }
}
