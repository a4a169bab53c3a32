package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.record.search.SessionRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The session list as CSV for the auditors' spreadsheets: a UTF-8 byte-order mark (so that Excel
 * reads the Chinese), headers in Chinese or English, times in the service's zone, durations in
 * seconds. Quoting by Commons CSV.
 */
final class SessionCsv {

    static final List<String> ZH = List.of("会话编号", "办件编号", "申请时间", "区县", "终端", "终端名称", "部门", "事项",
            "优先级", "受理专家", "参与专家", "转办次数", "等待(秒)", "办理(秒)", "办理结果", "缺件数", "评价", "身份核验",
            "结束原因", "结束时间");
    static final List<String> EN = List.of("session", "case_number", "requested_at", "district", "kiosk", "kiosk_name",
            "department", "item", "priority", "expert", "served_by", "transfers", "wait_s", "handle_s", "outcome",
            "missing_documents", "rating", "verification", "end_reason", "ended_at");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SessionCsv() {
    }

    static long write(boolean english, ZoneId zone, Writer out, AdminRecords.Rows<SessionRow> rows) throws IOException {
        out.write('\uFEFF');
        long[] count = {0};
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader((english ? EN : ZH).toArray(String[]::new)).get());
        try {
            rows.each(r -> {
                try {
                    csv.printRecord(r.sessionId(), r.caseNumber(), time(r.requestedAt(), zone), r.district(), r.kioskId(),
                            r.kioskName(), r.departmentCode(), r.itemCode(), r.priority(), r.expertId(),
                            String.join(" ", r.servedBy()), r.transfers(), seconds(r.waitMillis()), seconds(r.handleMillis()),
                            r.outcome(), r.missingDocuments(), r.rating(), r.verificationResult(), r.endReason(),
                            time(r.endedAt(), zone));
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

    static String time(Instant at, ZoneId zone) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }

    static Long seconds(Long millis) {
        return millis == null ? null : Math.round(millis / 1000.0);
    }
}
