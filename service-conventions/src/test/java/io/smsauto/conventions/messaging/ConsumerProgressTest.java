package io.smsauto.conventions.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.conventions.messaging.ConsumerProgress.Position;
import io.smsauto.conventions.messaging.ConsumerProgress.Stall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumerProgressTest {

    private static final Duration STALL_AFTER = Duration.ofMinutes(10);
    private static final Instant START = Instant.parse("2026-11-25T08:00:00Z");
    private static final TopicPartition REPLIES_0 = new TopicPartition("actions.send-reply", 0);
    private static final TopicPartition REPLIES_1 = new TopicPartition("actions.send-reply", 1);

    private final ConsumerProgress progress = new ConsumerProgress(STALL_AFTER);

    @Test
    void recordsWaitingBehindAnOffsetThatDoesNotMoveAreAStallOnceStallAfterHasPassed() {
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 100)), START);
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 180)), at(9));

        assertEquals(List.of(), progress.stalls(at(9)));
        List<Stall> stalls = progress.stalls(at(10));
        assertEquals(1, stalls.size());
        assertEquals("send-reply", stalls.get(0).consumer());
        assertEquals("actions.send-reply-0: 140 waiting past committed offset 40", stalls.get(0).what());
        assertEquals(STALL_AFTER, stalls.get(0).since());
    }

    @Test
    void anOffsetThatMovesStartsTheClockAgain() {
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 100)), START);
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 41, 100)), at(8));

        assertEquals(List.of(), progress.stalls(at(17)));
        assertEquals(1, progress.stalls(at(18)).size());
    }

    @Test
    void aPartitionWithNothingWaitingNeverStalls() {
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 100, 100)), START);
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 100, 100)), at(30));

        assertEquals(List.of(), progress.stalls(at(60)));
    }

    @Test
    void aPartitionThatCaughtUpInBetweenStartsAfresh() {
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 100)), START);
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 40)), at(5));
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 41)), at(6));

        assertEquals(List.of(), progress.stalls(at(15)));
        assertEquals(1, progress.stalls(at(16)).size());
    }

    @Test
    void aPartitionNoLongerAssignedIsForgotten() {
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 100), new Position(REPLIES_1, 7, 9)), START);
        progress.answered("send-reply", List.of(new Position(REPLIES_1, 8, 9)), at(1));

        assertEquals(List.of(), progress.stalls(at(10)));
    }

    @Test
    void eachConsumerKeepsItsOwnPartitions() {
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 100)), START);
        progress.answered("forward-to-mobile", List.of(), at(1));

        List<Stall> stalls = progress.stalls(at(10));
        assertEquals(1, stalls.size());
        assertEquals("send-reply", stalls.get(0).consumer());
    }

    @Test
    void aConsumerSilentForStallAfterIsStalledAndAnswerEndsIt() {
        progress.unanswered("send-reply", START);
        progress.unanswered("send-reply", at(9));
        assertEquals(List.of(), progress.stalls(at(9)));

        List<Stall> stalls = progress.stalls(at(10));
        assertEquals(1, stalls.size());
        assertTrue(stalls.get(0).what().contains("no answer"), stalls.get(0).what());

        progress.answered("send-reply", List.of(), at(11));
        assertEquals(List.of(), progress.stalls(at(30)));
    }

    @Test
    void aSilentConsumersWaitingPartitionsKeepTheirClock() {
        progress.answered("send-reply", List.of(new Position(REPLIES_0, 40, 100)), START);
        progress.unanswered("send-reply", at(5));

        List<Stall> stalls = progress.stalls(at(10));
        assertEquals(1, stalls.size());
        assertTrue(stalls.get(0).what().startsWith("actions.send-reply-0"), stalls.get(0).what());
    }

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }
}
