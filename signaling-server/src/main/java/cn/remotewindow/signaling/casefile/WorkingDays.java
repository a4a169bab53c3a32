package cn.remotewindow.signaling.casefile;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days (工作日) for due dates: Monday to Friday. The statutory holidays and their
 * make-up working days (调休), which the State Council publishes each year, are not known here
 * yet, so a due date across a holiday comes out early, never late.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from} (from itself not counted). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
