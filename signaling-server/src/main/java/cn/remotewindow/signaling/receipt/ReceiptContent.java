package cn.remotewindow.signaling.receipt;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What one receipt says, as plain data: the paper the citizen takes home from the kiosk. Whoever
 * closes a case fills it (the catalogue's elements, the expert's checklist marks, the kiosk); the
 * receipt package only checks that it tells one consistent story and prints it
 * ({@link ReceiptPdf}). Nothing here is personal beyond the citizen's masked name: no ID numbers,
 * no phone numbers, no addresses of the citizen.
 *
 * <p>Which paper it is follows from the outcome ({@link #kind()}): a 受理回执 when the case was
 * accepted with every material, a 一次性告知书 (one-time notice of everything still needed) when
 * something is missing, promised under 容缺 or the application was refused.
 *
 * @param receiptId     the issuer's id of this receipt (e.g. its record's id), printed in the footer
 * @param caseNumber    办件编号
 * @param item          the service item (事项)
 * @param department    the department that owns the item and decides the case
 * @param outcome       what happened to the application
 * @param reason        why it was refused or what is wrong, in plain words; required for {@link Outcome#REFUSED}, else optional
 * @param materials     the item's checklist as the expert marked it, in the catalogue's order
 * @param timeLimit     the time limits; required when the case was accepted, optional otherwise
 * @param delivery      how and where the result reaches the citizen (属地出件); required when accepted, optional otherwise
 * @param kiosk         where the citizen was served
 * @param expertName    the expert who accepted or answered (name only, as the citizen saw it in the call)
 * @param citizenName   the applicant's name masked (王*), or null when not given
 * @param issuedAt      when the receipt was issued, in the service's time zone
 */
public record ReceiptContent(
        String receiptId,
        String caseNumber,
        Item item,
        Department department,
        Outcome outcome,
        String reason,
        List<Material> materials,
        TimeLimit timeLimit,
        Delivery delivery,
        Kiosk kiosk,
        String expertName,
        String citizenName,
        ZonedDateTime issuedAt) {

    /** The two papers a counter hands out. */
    public enum Kind {
        /** 受理回执: the case is accepted and complete. */
        ACCEPTANCE_RECEIPT,
        /** 一次性告知书: everything still needed (or why not), told once and completely. */
        ONE_TIME_NOTICE
    }

    /** What happened to the application. */
    public enum Outcome {
        /** 受理: accepted, every material received. */
        ACCEPTED,
        /** 容缺受理: accepted; some materials come later, each by a date the citizen promised. */
        ACCEPTED_PENDING_MATERIALS,
        /** 暂不受理，需补齐材料: not accepted yet; the citizen comes back with what is missing. */
        MATERIALS_REQUIRED,
        /** 不予受理: refused (not this department's item, conditions not met ...), with the reason. */
        REFUSED;

        public boolean accepted() {
            return this == ACCEPTED || this == ACCEPTED_PENDING_MATERIALS;
        }
    }

    /** How the expert marked one material of the checklist. */
    public enum MaterialStatus {
        /** 已收取: seen and accepted. */
        RECEIVED,
        /** 容缺: missing, the case accepted anyway; the citizen promised to bring it by a date. */
        PROMISED,
        /** 缺少: missing and needed before the case can be accepted. */
        MISSING,
        /** 不适用: the material does not apply to this applicant. */
        NOT_APPLICABLE
    }

    public record Item(String name, String code) {
        public Item {
            requireText(name, "item name");
            requireText(code, "item code");
        }
    }

    /** @param enquiryPhone the department's public enquiry number, or null */
    public record Department(String name, String code, String enquiryPhone) {
        public Department {
            requireText(name, "department name");
            requireText(code, "department code");
        }
    }

    /**
     * One material of the item's checklist.
     *
     * @param promisedBy the date the citizen promised to bring it; set exactly for {@link MaterialStatus#PROMISED}
     * @param note       a short remark (原件 / 复印件 2 份 / why it is missing), or null
     */
    public record Material(String name, MaterialStatus status, LocalDate promisedBy, String note) {
        public Material {
            requireText(name, "material name");
            Objects.requireNonNull(status, "material status");
            if ((status == MaterialStatus.PROMISED) != (promisedBy != null)) {
                throw new IllegalArgumentException("material " + name + ": a promised date belongs to a material"
                        + " missing under 容缺 (PROMISED) and only to it; status " + status + ", date " + promisedBy);
            }
        }

        public static Material received(String name) {
            return new Material(name, MaterialStatus.RECEIVED, null, null);
        }

        public static Material promised(String name, LocalDate by) {
            return new Material(name, MaterialStatus.PROMISED, by, null);
        }

        public static Material missing(String name) {
            return new Material(name, MaterialStatus.MISSING, null, null);
        }

        public static Material notApplicable(String name) {
            return new Material(name, MaterialStatus.NOT_APPLICABLE, null, null);
        }

        public boolean outstanding() {
            return status == MaterialStatus.PROMISED || status == MaterialStatus.MISSING;
        }
    }

    /**
     * The time limits in working days, as the catalogue states them, and the date they lead to
     * (counted by the issuer, who knows the holiday calendar).
     *
     * @param promisedWorkingDays 承诺时限
     * @param legalWorkingDays    法定时限
     * @param dueBy               the date by which the case should be done (promised limit)
     */
    public record TimeLimit(int promisedWorkingDays, int legalWorkingDays, LocalDate dueBy) {
        public TimeLimit {
            if (promisedWorkingDays <= 0 || legalWorkingDays <= 0 || promisedWorkingDays > legalWorkingDays) {
                throw new IllegalArgumentException("time limits: the promised limit (" + promisedWorkingDays
                        + " working days) must be positive and no longer than the legal one (" + legalWorkingDays + ")");
            }
            Objects.requireNonNull(dueBy, "due date");
        }
    }

    /** How the result reaches the citizen. */
    public enum DeliveryMethod {
        /** 属地出件: collected at the district service centre where the citizen applied (or another named one). */
        COLLECT_AT_CENTRE,
        /** 邮寄: posted to the address the citizen gave with the application. */
        POST,
        /** 电子证照 / 网上: delivered electronically (the place names the platform). */
        ELECTRONIC
    }

    /**
     * @param place   the service centre (for collection or posting) or the platform (electronic)
     * @param address the centre's address; required for collection
     * @param hours   opening hours or a similar hint, or null
     */
    public record Delivery(DeliveryMethod method, String place, String address, String hours) {
        public Delivery {
            Objects.requireNonNull(method, "delivery method");
            requireText(place, "delivery place");
            if (method == DeliveryMethod.COLLECT_AT_CENTRE) {
                requireText(address, "address of the centre where the result is collected");
            }
        }
    }

    /** @param district the district (区/县) the kiosk stands in */
    public record Kiosk(String id, String name, String district) {
        public Kiosk {
            requireText(id, "kiosk id");
            requireText(name, "kiosk name");
            requireText(district, "kiosk district");
        }
    }

    public ReceiptContent {
        requireText(receiptId, "receipt id");
        requireText(caseNumber, "case number");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(kiosk, "kiosk");
        requireText(expertName, "expert name");
        Objects.requireNonNull(issuedAt, "issue time");
        materials = List.copyOf(Objects.requireNonNull(materials, "materials"));
        reason = blankToNull(reason);
        citizenName = blankToNull(citizenName);
        if (citizenName != null && !isMasked(citizenName)) {
            throw new IllegalArgumentException("the citizen's name must be masked (王*: the first character and a"
                    + " star for each other one); a receipt carries no personal data in clear");
        }
        long promised = materials.stream().filter(m -> m.status() == MaterialStatus.PROMISED).count();
        long missing = materials.stream().filter(m -> m.status() == MaterialStatus.MISSING).count();
        switch (outcome) {
            case ACCEPTED -> {
                if (promised + missing > 0) {
                    throw new IllegalArgumentException("an accepted case with materials outstanding is accepted"
                            + " under 容缺 (ACCEPTED_PENDING_MATERIALS), with a promised date for each");
                }
            }
            case ACCEPTED_PENDING_MATERIALS -> {
                if (promised == 0 || missing > 0) {
                    throw new IllegalArgumentException("容缺受理 needs at least one missing material, and a promised"
                            + " date for every missing one (PROMISED, not MISSING)");
                }
            }
            case MATERIALS_REQUIRED -> {
                if (missing == 0 || promised > 0) {
                    throw new IllegalArgumentException("a case not accepted for want of materials lists them as"
                            + " MISSING (a promised date belongs to 容缺受理)");
                }
            }
            case REFUSED -> {
                if (reason == null || promised > 0) {
                    throw new IllegalArgumentException("a refusal needs its reason in plain words, and has no"
                            + " promised materials");
                }
            }
        }
        if (outcome.accepted() && (timeLimit == null || delivery == null)) {
            throw new IllegalArgumentException("an accepted case needs its time limits, its due date and how the"
                    + " result is delivered");
        }
    }

    /** The same receipt issued at another time (a draft issued when the citizen signs; a record read back in the service's zone). */
    public ReceiptContent issuedAt(ZonedDateTime at) {
        return new ReceiptContent(receiptId, caseNumber, item, department, outcome, reason, materials, timeLimit, delivery,
                kiosk, expertName, citizenName, at);
    }

    /** 受理回执 for a complete accepted case; 一次性告知书 whenever something is outstanding or refused. */
    public Kind kind() {
        return outcome == Outcome.ACCEPTED ? Kind.ACCEPTANCE_RECEIPT : Kind.ONE_TIME_NOTICE;
    }

    /** The materials still to be brought (promised under 容缺 or missing), in checklist order. */
    public List<Material> outstanding() {
        return materials.stream().filter(Material::outstanding).toList();
    }

    /**
     * The convention of the records (张三 → 张*, 欧阳娜娜 → 欧***): the first character and a star for
     * each other one (at least one star).
     */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
    }

    private static boolean isMasked(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.length() > first && name.substring(first).chars().allMatch(c -> c == '*');
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("receipt: " + what + " is missing");
        }
    }
}
