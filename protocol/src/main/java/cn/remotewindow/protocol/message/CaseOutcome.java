package cn.remotewindow.protocol.message;

/** The result of a case (办理结果) that the expert records against the session. */
public enum CaseOutcome {
    /** 办结: the matter was settled in the session. */
    COMPLETED(true, false, false),
    /** 受理: the application was accepted for processing. */
    ACCEPTED(true, false, false),
    /** 补正材料 / 容缺受理: accepted, with documents the citizen still has to bring. */
    ACCEPTED_PENDING_DOCUMENTS(true, true, false),
    /** 不予受理: refused; the reason is required. */
    REJECTED(false, false, true),
    /** 转办: handed over to another department or expert; the reason is required. */
    TRANSFERRED(false, false, true);

    private final boolean needsCaseNumber;
    private final boolean listsMissingDocuments;
    private final boolean needsReason;

    CaseOutcome(boolean needsCaseNumber, boolean listsMissingDocuments, boolean needsReason) {
        this.needsCaseNumber = needsCaseNumber;
        this.listsMissingDocuments = listsMissingDocuments;
        this.needsReason = needsReason;
    }

    /** A case exists once it is accepted or completed, so its number must be known. */
    public boolean needsCaseNumber() {
        return needsCaseNumber;
    }

    /** Only this outcome carries (and requires) the list of missing documents. */
    public boolean listsMissingDocuments() {
        return listsMissingDocuments;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
