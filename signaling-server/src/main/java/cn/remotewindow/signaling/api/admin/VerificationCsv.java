package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.record.search.VerificationRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The verification list as CSV, like {@link SessionCsv}: no personal data beyond the ids. */
final class VerificationCsv {

    static final List<String> ZH = List.of("核验编号", "会话编号", "办件编号", "事项", "区县", "终端", "专家", "开始时间",
            "阶段", "机器结论", "专家结论", "方式", "结束时间");
    static final List<String> EN = List.of("verification", "session", "case_number", "item", "district", "kiosk", "expert",
            "opened_at", "phase", "machine_verdict", "decision", "method", "closed_at");

    private VerificationCsv() {
    }

    static long write(boolean english, ZoneId zone, Writer out, AdminRecords.Rows<VerificationRow> rows) throws IOException {
        out.write('\uFEFF');
        long[] count = {0};
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader((english ? EN : ZH).toArray(String[]::new)).get());
        try {
            rows.each(r -> {
                try {
                    csv.printRecord(r.verificationId(), r.sessionId(), r.caseNumber(), r.itemCode(), r.district(),
                            r.kioskId(), r.expertId(), SessionCsv.time(r.openedAt(), zone), r.phase(), r.machineVerdict(),
                            r.decision(), r.method(), SessionCsv.time(r.closedAt(), zone));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return count[0];
    }
}
