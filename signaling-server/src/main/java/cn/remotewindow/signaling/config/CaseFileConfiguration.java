package cn.remotewindow.signaling.config;

import cn.remotewindow.signaling.casefile.CaseDesk;
import cn.remotewindow.signaling.casefile.CaseFileViews;
import cn.remotewindow.signaling.casefile.CaseFiles;
import cn.remotewindow.signaling.casefile.CaseNews;
import cn.remotewindow.signaling.casefile.ClosingSummaries;
import cn.remotewindow.signaling.casefile.DocumentIntake;
import cn.remotewindow.signaling.casefile.PictureCheck;
import cn.remotewindow.signaling.casefile.SignatureIntake;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.delivery.Connections;
import cn.remotewindow.signaling.receipt.ReceiptPdf;
import cn.remotewindow.signaling.record.CasePictures;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.audit.AuditLog;
import cn.remotewindow.signaling.record.store.DatabaseCasePictures;
import cn.remotewindow.signaling.record.store.RecordWriter;
import cn.remotewindow.signaling.record.store.RecordsDatabase;
import cn.remotewindow.signaling.session.Journal;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.SessionStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case file in the call (issue 8): checklist, document pictures, closing summary, signature, receipt. */
@Configuration(proxyBeanMethods = false)
public class CaseFileConfiguration {

    @Bean
    CaseFiles caseFiles() {
        return new CaseFiles();
    }

    @Bean
    CasePictures casePictures(RecordsDatabase database, RecordWriter writer) {
        return new DatabaseCasePictures(database, writer);
    }

    @Bean
    CaseDesk caseDesk(CaseFiles files, RunningCatalogue catalogue, Journal journal, Connections connections,
                      Clock clock, WindowProperties properties) {
        ZoneId zone = ZoneId.of(properties.identity().zone());
        return new CaseDesk(files, catalogue, journal, new CaseNews(connections), new ClosingSummaries(zone), clock,
                zone, properties.documents().maxBytes());
    }

    @Bean
    DocumentIntake documentIntake(CaseFiles files, SessionStore sessions, CasePictures pictures, EvidenceCipher cipher,
                                  Journal journal, Connections connections, Owners owners, Clock clock,
                                  WindowProperties properties) {
        WindowProperties.Documents documents = properties.documents();
        return new DocumentIntake(files, sessions, pictures, cipher, journal, new CaseNews(connections), owners, clock,
                new PictureCheck.Limits(Set.of(PictureCheck.JPEG, PictureCheck.PNG), documents.minSide(),
                        documents.minSide(), documents.maxSide()));
    }

    @Bean
    SignatureIntake signatureIntake(CaseFiles files, SessionStore sessions, CasePictures pictures,
                                    EvidenceCipher cipher, Journal journal, Connections connections, Owners owners,
                                    Clock clock, WindowProperties properties) {
        return new SignatureIntake(files, sessions, pictures, cipher, journal, new CaseNews(connections), owners, clock,
                ZoneId.of(properties.identity().zone()),
                new PictureCheck.Limits(Set.of(PictureCheck.PNG), 100, 40, 4000));
    }

    @Bean
    CaseFileViews caseFileViews(CaseFiles files, CaseDesk desk, SessionStore sessions, SessionRecords records,
                                CasePictures pictures, EvidenceCipher cipher, ReceiptPdf pdf, AuditLog audit,
                                Clock clock, WindowProperties properties) {
        return new CaseFileViews(files, desk, sessions, records, pictures, cipher, pdf, audit, clock,
                ZoneId.of(properties.identity().zone()));
    }
}
