package cn.remotewindow.kiosk.screen;

import cn.remotewindow.kiosk.screen.ServiceCatalogue.Bundle;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Item;
import java.util.List;

/**
 * A small catalogue of 新乡市 departments, items and one 一件事 bundle for screen tests and demos,
 * with the codes of the server's demo catalogue (catalogue/xinxiang.yml). Real kiosks show the
 * server's catalogue (GET /api/catalogue); the codes here match no official code list.
 */
public final class DemoCatalogue {

    private DemoCatalogue() {
    }

    public static ServiceCatalogue xinxiang() {
        return new ServiceCatalogue(List.of(
                new Department("PSB", new Name("公安局", "Public Security Bureau"), List.of(
                        new Item("PSB-HJQY", new Name("户籍迁移", "Household registration transfer")),
                        new Item("PSB-JZZ", new Name("居住证办理", "Residence permit"), false))),
                new Department("HRSS", new Name("人社局", "Human Resources and Social Security"), List.of(
                        new Item("HRSS-SBZY", new Name("社保关系转移", "Social insurance transfer")),
                        new Item("HRSS-TXSP", new Name("职工退休审批", "Retirement approval")))),
                new Department("MNR", new Name("自然资源和规划局", "Natural Resources and Planning"), List.of(
                        new Item("MNR-BDCDJ", new Name("不动产登记", "Real estate registration")),
                        new Item("MNR-BDCCX", new Name("不动产信息查询", "Real estate records enquiry")))),
                new Department("MCA", new Name("民政局", "Civil Affairs Bureau"), List.of(
                        new Item("MCA-GLBT", new Name("高龄津贴申领", "Old-age allowance")),
                        new Item("MCA-DBSQ", new Name("最低生活保障申请", "Minimum living allowance")))),
                new Department("MARKET", new Name("市场监管局", "Market Regulation"), List.of(
                        new Item("MARKET-QYKB", new Name("企业开办", "Starting a business")),
                        new Item("MARKET-GTDJ", new Name("个体工商户登记", "Sole trader registration"))))),
                List.of(new Bundle("YJS-TX", new Name("退休“一件事”", "Retirement: one application, one visit"),
                        List.of(new Name("社保关系转移", "Social insurance transfer"),
                                new Name("职工退休审批", "Retirement approval"),
                                new Name("高龄津贴申领", "Old-age allowance")), true)));
    }
}
