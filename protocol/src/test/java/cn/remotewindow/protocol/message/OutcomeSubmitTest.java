package cn.remotewindow.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** outcome.submit as the wire delivers it: every rule of docs/protocol.md 5.32 and the code it answers with. */
class OutcomeSubmitTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    private OutcomeSubmit decode(String body) {
        Envelope envelope = codec.decode("{\"v\":1,\"type\":\"outcome.submit\",\"id\":\"o1\",\"sessionId\":\"s1\",\"body\":"
                + body + "}", Role.EXPERT);
        return (OutcomeSubmit) envelope.body();
    }

    @Test
    void anAcceptedCaseWithMissingDocuments() {
        OutcomeSubmit submit = decode("{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"caseNumber\":\"410702-2026-000123\","
                + "\"missingDocuments\":[{\"name\":\"户口簿原件\",\"dueDate\":\"2026-03-09\"},{\"name\":\"结婚证复印件\"}],"
                + "\"notes\":\"已告知市民补交方式\"}");
        assertThat(submit).isEqualTo(new OutcomeSubmit(CaseOutcome.ACCEPTED_PENDING_DOCUMENTS, "410702-2026-000123",
                List.of(new MissingDocument("户口簿原件", "2026-03-09"), new MissingDocument("结婚证复印件", null)),
                null, "已告知市民补交方式"));
    }

    @Test
    void theSmallestValidMessages() {
        assertThat(decode("{\"outcome\":\"COMPLETED\"}").caseNumber()).as("the server supplies the request's").isNull();
        assertThat(decode("{\"outcome\":\"REJECTED\",\"reason\":\"不属于本市办理事项\"}").reason()).isEqualTo("不属于本市办理事项");
        assertThat(decode("{\"outcome\":\"TRANSFERRED\",\"reason\":\"转市人社局\"}").outcome()).isEqualTo(CaseOutcome.TRANSFERRED);
    }

    @Test
    void blankTextAndEmptyListsCountAsAbsent() {
        OutcomeSubmit submit = decode("{\"outcome\":\"ACCEPTED\",\"missingDocuments\":[],\"reason\":\"  \",\"notes\":\"\"}");
        assertThat(submit.missingDocuments()).isNull();
        assertThat(submit.reason()).isNull();
        assertThat(submit.notes()).isNull();
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        String documents = "{\"name\":\"" + "材".repeat(MissingDocument.MAX_NAME) + "\"}";
        OutcomeSubmit submit = decode("{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":["
                + String.join(",", java.util.Collections.nCopies(OutcomeSubmit.MAX_DOCUMENTS, documents)) + "],"
                + "\"reason\":\"" + "r".repeat(OutcomeSubmit.MAX_REASON) + "\",\"notes\":\"" + "n".repeat(OutcomeSubmit.MAX_NOTES) + "\"}");
        assertThat(submit.missingDocuments()).hasSize(OutcomeSubmit.MAX_DOCUMENTS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{} | MISSING_FIELD",
            "{\"outcome\":null} | MISSING_FIELD",
            "{\"outcome\":\"DONE\"} | INVALID_FIELD",
            "{\"outcome\":3} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED\",\"caseNumber\":\"410702 2026\"} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED\",\"caseNumber\":12} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\"} | MISSING_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[]} | MISSING_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[{}]} | MISSING_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[{\"name\":\" \"}]} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[null]} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":\"户口簿\"} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[{\"name\":\"户口簿\",\"dueDate\":\"2026-3-9\"}]} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[{\"name\":\"户口簿\",\"dueDate\":\"2026-02-30\"}]} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[{\"name\":\"户口簿\",\"dueDate\":\"2026-03-09T00:00\"}]} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[{\"name\":\"户口簿\",\"dueDate\":20260309}]} | INVALID_FIELD",
            "{\"outcome\":\"ACCEPTED\",\"missingDocuments\":[{\"name\":\"户口簿\"}]} | INVALID_FIELD",
            "{\"outcome\":\"COMPLETED\",\"missingDocuments\":[{\"name\":\"户口簿\"}]} | INVALID_FIELD",
            "{\"outcome\":\"REJECTED\",\"missingDocuments\":[{\"name\":\"户口簿\"}],\"reason\":\"材料不全\"} | INVALID_FIELD",
            "{\"outcome\":\"REJECTED\"} | MISSING_FIELD",
            "{\"outcome\":\"REJECTED\",\"reason\":\"   \"} | MISSING_FIELD",
            "{\"outcome\":\"TRANSFERRED\"} | MISSING_FIELD",
            "{\"outcome\":\"TRANSFERRED\",\"reason\":\"\"} | MISSING_FIELD",
            "{\"outcome\":\"COMPLETED\",\"notes\":true} | INVALID_FIELD",
    })
    void refusesWithTheDocumentedCode(String body, ErrorCode expected) {
        assertThatThrownBy(() -> decode(body))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(expected);
                    assertThat(e.correlationId()).isEqualTo("o1");
                });
    }

    @Test
    void tooLongTextIsRefused() {
        assertCode("{\"outcome\":\"REJECTED\",\"reason\":\"" + "r".repeat(OutcomeSubmit.MAX_REASON + 1) + "\"}",
                ErrorCode.FIELD_TOO_LONG, "reason");
        assertCode("{\"outcome\":\"COMPLETED\",\"notes\":\"" + "n".repeat(OutcomeSubmit.MAX_NOTES + 1) + "\"}",
                ErrorCode.FIELD_TOO_LONG, "notes");
        assertCode("{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[{\"name\":\""
                + "材".repeat(MissingDocument.MAX_NAME + 1) + "\"}]}", ErrorCode.FIELD_TOO_LONG, "missingDocuments[].name");
    }

    @Test
    void moreThanTwentyDocumentsAreRefused() {
        String many = String.join(",", java.util.Collections.nCopies(OutcomeSubmit.MAX_DOCUMENTS + 1, "{\"name\":\"证明\"}"));
        assertCode("{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\",\"missingDocuments\":[" + many + "]}",
                ErrorCode.INVALID_FIELD, "at most 20");
    }

    @Test
    void theMessageNamesWhatIsWrong() {
        assertCode("{\"outcome\":\"REJECTED\"}", ErrorCode.MISSING_FIELD, "'reason' is required for REJECTED");
        assertCode("{\"outcome\":\"ACCEPTED\",\"missingDocuments\":[{\"name\":\"户口簿\"}]}", ErrorCode.INVALID_FIELD,
                "only for ACCEPTED_PENDING_DOCUMENTS");
        assertCode("{\"outcome\":\"ACCEPTED_PENDING_DOCUMENTS\"}", ErrorCode.MISSING_FIELD, "'missingDocuments' is required");
    }

    @Test
    void onlyExpertsMaySendItAndOnlyWithASession() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"outcome.submit\",\"sessionId\":\"s1\","
                + "\"body\":{\"outcome\":\"COMPLETED\"}}", Role.KIOSK))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ROLE_NOT_ALLOWED));
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"outcome.submit\",\"body\":{\"outcome\":\"COMPLETED\"}}",
                Role.EXPERT))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD));
    }

    private void assertCode(String body, ErrorCode code, String messagePart) {
        assertThatThrownBy(() -> decode(body))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }
}
