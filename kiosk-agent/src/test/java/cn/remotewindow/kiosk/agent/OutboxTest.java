package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.RatingSubmit;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.SessionEnd;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final List<Message> sent = new ArrayList<>();
    private boolean up;
    private Instant now = Instant.parse("2026-11-22T08:00:00Z");
    private final Outbox outbox = new Outbox(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private boolean send(String session, Message message) {
        if (up) {
            sent.add(message);
        }
        return up;
    }

    @Test
    void whatCannotGoNowGoesInOrderWhenTheLinkIsBack() {
        SessionEnd hangUp = new SessionEnd(null);
        RatingSubmit rating = new RatingSubmit(Satisfaction.SATISFIED, null);
        outbox.deliver("s1", hangUp, this::send);
        outbox.deliver("s1", rating, this::send);
        assertThat(sent).isEmpty();
        assertThat(outbox.size()).isEqualTo(2);
        up = true;
        outbox.flush(this::send);
        assertThat(sent).containsExactly(hangUp, rating);
        assertThat(outbox.size()).isZero();
    }

    @Test
    void messagesOlderThanTheRatingWindowAreGivenUp() {
        outbox.deliver("s1", new SessionEnd(null), this::send);
        now = now.plus(Outbox.KEEP_FOR).plus(Duration.ofSeconds(1));
        up = true;
        outbox.flush(this::send);
        assertThat(sent).isEmpty();
        assertThat(outbox.size()).isZero();
    }
}
