package cn.remotewindow.kiosk.screen.swing;

import cn.remotewindow.kiosk.screen.Name;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Item;
import java.util.ArrayList;
import java.util.List;

/** A catalogue with more departments than fit on one page, as a city-wide kiosk would have. */
final class SyntheticCatalogue {

    private static final String[][] DEPARTMENTS = {
        {"PSB", "公安局", "Public Security Bureau"},
        {"HRSS", "人社局", "Human Resources and Social Security"},
        {"MNR", "自然资源和规划局", "Natural Resources and Planning"},
        {"MCA", "民政局", "Civil Affairs Bureau"},
        {"MARKET", "市场监管局", "Market Regulation"},
        {"HOUSING", "住房和城乡建设局", "Housing and Urban-Rural Development"},
        {"TRANSPORT", "交通运输局", "Transport Bureau"},
        {"HEALTH", "卫生健康委员会", "Health Commission"},
        {"MEDINS", "医疗保障局", "Healthcare Security Bureau"},
        {"TAX", "税务局", "Tax Bureau"},
        {"EDU", "教育局", "Education Bureau"},
        {"AGRI", "农业农村局", "Agriculture and Rural Affairs"},
        {"VETERANS", "退役军人事务局", "Veterans Affairs"},
        {"HPF", "住房公积金中心", "Housing Provident Fund Centre"},
    };

    private SyntheticCatalogue() {
    }

    static ServiceCatalogue manyDepartments() {
        List<Department> departments = new ArrayList<>();
        for (String[] d : DEPARTMENTS) {
            departments.add(new Department(d[0], new Name(d[1], d[2]),
                    List.of(new Item(d[0] + "-ZX", new Name("政策咨询", "Policy enquiry")))));
        }
        return new ServiceCatalogue(departments);
    }
}
