package io.smsauto.gateway.bench;

import io.smsauto.infra.KafkaBroker;
import io.smsauto.infra.TopicCreator;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The kit's Kafka broker as a process of its own, for bench/run.sh: {@code BenchBroker <dataDir> <port>}
 * prints {@code ready} once every topic exists and runs until it is terminated.
 */
public final class BenchBroker {

    private BenchBroker() {
    }

    public static void main(String[] args) throws Exception {
        KafkaBroker broker = KafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
        TopicCreator.createMissing(broker.bootstrapServers());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "bench-broker-stop"));
        System.out.println("ready " + broker.bootstrapServers());
        stopped.await();
    }
}
