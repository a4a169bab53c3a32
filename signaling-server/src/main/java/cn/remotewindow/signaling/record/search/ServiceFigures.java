package cn.remotewindow.signaling.record.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The service's summary figures (日监测、周统计) over the sessions a filter selects.
 *
 * @param perDay                sessions per service day and district, by day then district
 * @param outcomes              sessions by case outcome; {@code NONE} for those without one
 * @param firstTimeRate         一次性办理率: of the sessions with an outcome, the share settled or accepted
 *                              complete (COMPLETED, ACCEPTED) — the citizen need not come back; null without outcomes
 * @param verificationPassRate  of the verifications with the expert's decision, the share decided PASS; null without any
 * @param ratings               好差评 by level; {@code NONE} for sessions not rated
 */
public record ServiceFigures(long sessions, List<DayCount> perDay, Durations waitTime, Durations handleTime,
                             Map<String, Long> outcomes, Double firstTimeRate, long verificationsDecided,
                             Double verificationPassRate, Map<String, Long> ratings) {

    public ServiceFigures {
        perDay = List.copyOf(perDay);
        outcomes = Map.copyOf(outcomes);
        ratings = Map.copyOf(ratings);
    }

    public record DayCount(LocalDate day, String district, long sessions) {
    }

    /** Median and 90th percentile in milliseconds over {@code measured} sessions; null when none. */
    public record Durations(Long medianMillis, Long p90Millis, long measured) {
    }
}
