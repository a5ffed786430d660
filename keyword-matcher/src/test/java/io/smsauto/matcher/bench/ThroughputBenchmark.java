package io.smsauto.matcher.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.conventions.messaging.CloudEventHeaders;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.Automation;
import io.smsauto.events.AutomationTriggered;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import io.smsauto.events.Trigger;
import io.smsauto.infra.FreePorts;
import io.smsauto.infra.KafkaBroker;
import io.smsauto.infra.TopicCreator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Throughput of the running keyword-matcher from {@code sms.inbound} to an action topic, against a
 * baseline measured in the same run on the same broker and backlog: a plain consumer that copies
 * the records to one topic (poll, send, flush, commit). Both drain the same backlog of inbound SMS
 * (each fires one automation with one reply) with a consumer group of their own; a rate is the
 * outputs over the time between the first and the last output's CreateTime. A third side, the
 * contract copy, writes per message only what the contract asks of any matcher (an action event and an
 * {@code automations.triggered} event, of the service's sizes, with CloudEvents headers, atomically with the
 * consumed offsets) and matches nothing: how close to the copy a matcher can come at all. Run by {@code bench.sh}.
 *
 * <p>Arguments: messages (default 100000), automations (default 1000), matcher jar path.
 */
public final class ThroughputBenchmark {

    private static final String TO = "+33757000001";
    private static final int SENDERS = 10_000;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = EventJson.newMapper();
    /** Bytes of the values the service writes per message (README, "Benchmarks"): a reply event, its triggered event. */
    private static final int ACTION_BYTES = 583;
    private static final int TRIGGERED_BYTES = 603;

    private final String bootstrapServers;
    private final int messages;
    private final SendFailures failures = new SendFailures();

    private ThroughputBenchmark(String bootstrapServers, int messages) {
        this.bootstrapServers = bootstrapServers;
        this.messages = messages;
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int automations = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path jar = Path.of(args.length > 2 ? args[2] : "keyword-matcher/target/quarkus-app/quarkus-run.jar");
        Path dataDir = Files.createTempDirectory("matcher-bench");
        try (KafkaBroker broker = KafkaBroker.start(dataDir, 0)) {
            TopicCreator.createMissing(broker.bootstrapServers());
            ThroughputBenchmark bench = new ThroughputBenchmark(broker.bootstrapServers(), messages);
            bench.publishAutomations(automations);
            bench.publishBacklog(automations);
            Rates baseline1 = bench.copyBaseline("bench.copy-1");
            Rates contractCopy1 = bench.contractCopy("bench.contract-copy-1");
            Rates matcher = bench.runMatcher(jar);
            Rates contractCopy2 = bench.contractCopy("bench.contract-copy-2");
            Rates baseline2 = bench.copyBaseline("bench.copy-2");
            System.out.printf("%nmessages %d, automations %d; rates over all outputs, then over the last two thirds "
                    + "(the service's JVM starts cold: its first outputs come while it compiles)%n", messages, automations);
            System.out.printf("baseline copy (before)  %,10.0f records/s   %,10.0f%n", baseline1.all(), baseline1.warm());
            System.out.printf("contract copy (before)  %,10.0f messages/s  %,10.0f (each: 1 action + 1 triggered record, one transaction per poll, no matching)%n",
                    contractCopy1.all(), contractCopy1.warm());
            System.out.printf("keyword-matcher         %,10.0f messages/s  %,10.0f (each: 1 action + 1 triggered + 1 state record, one transaction per poll)%n",
                    matcher.all(), matcher.warm());
            System.out.printf("contract copy (after)   %,10.0f messages/s  %,10.0f%n", contractCopy2.all(), contractCopy2.warm());
            System.out.printf("baseline copy (after)   %,10.0f records/s   %,10.0f%n", baseline2.all(), baseline2.warm());
            System.out.printf("matcher / mean baseline %10.0f %%          %10.0f %%%n",
                    200 * matcher.all() / (baseline1.all() + baseline2.all()),
                    200 * matcher.warm() / (baseline1.warm() + baseline2.warm()));
            System.out.printf("contract copy / mean baseline %4.0f %%          %10.0f %%%n",
                    100 * (contractCopy1.all() + contractCopy2.all()) / (baseline1.all() + baseline2.all()),
                    100 * (contractCopy1.warm() + contractCopy2.warm()) / (baseline1.warm() + baseline2.warm()));
            System.out.printf("matcher / mean contract copy %5.0f %%          %10.0f %%%n",
                    200 * matcher.all() / (contractCopy1.all() + contractCopy2.all()),
                    200 * matcher.warm() / (contractCopy1.warm() + contractCopy2.warm()));
            System.out.printf("CPU µs per message (all, last two thirds): copy before %.0f %.0f, after %.0f %.0f (this JVM: "
                    + "broker, reader, copier); matcher %.0f %.0f (this JVM: broker, reader) + %.0f %.0f (the service)%n",
                    baseline1.cpu().bench(), baseline1.warmCpu().bench(), baseline2.cpu().bench(),
                    baseline2.warmCpu().bench(), matcher.cpu().bench(), matcher.warmCpu().bench(),
                    matcher.cpu().service(), matcher.warmCpu().service());
            System.out.printf("machine idle from first to last output: copy before %.0f %%, matcher %.0f %%, copy after %.0f %%%n",
                    100 * baseline1.idle(), 100 * matcher.idle(), 100 * baseline2.idle());
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private void publishAutomations(int count) throws Exception {
        try (KafkaProducer<String, byte[]> producer = inputProducer()) {
            for (int i = 0; i < count; i++) {
                Automation automation = new Automation(UUID.randomUUID().toString(), "Bench " + i, true, List.of(TO),
                        new Trigger(List.of("kw" + i), MatchMode.FIRST_WORD),
                        List.of(ActionSpec.reply(UUID.randomUUID().toString(), "Reply", "Thanks {{from}}: {{args}}")),
                        Instant.now(), Instant.now());
                producer.send(new ProducerRecord<>(Topics.AUTOMATIONS_CHANGELOG, automation.id(),
                        JSON.writeValueAsBytes(automation)), failures);
            }
        }
        failures.check();
    }

    private void publishBacklog(int automations) throws Exception {
        Random random = new Random(42);
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = inputProducer()) {
            for (int i = 0; i < messages; i++) {
                String from = "+3361" + (1_000_000 + random.nextInt(SENDERS));
                String carrierId = UUID.randomUUID().toString();
                InboundSms sms = new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE,
                        carrierId, from, TO, "kw" + random.nextInt(automations) + " please call me back tomorrow",
                        Instant.now(), null);
                producer.send(new ProducerRecord<>(Topics.SMS_INBOUND, from, JSON.writeValueAsBytes(sms)), failures);
            }
        }
        failures.check();
        System.out.printf("backlog of %d inbound SMS written in %d ms%n", messages, (System.nanoTime() - started) / 1_000_000);
    }

    /** Copies the backlog to a new topic, with a group of its own, as named; the copies' rate. */
    private Rates copyBaseline(String name) throws Exception {
        createTopic(name);
        return whileCopying(name, stop -> copy(name, stop));
    }

    /** Runs {@code copier} on a thread of its own until {@code output} has an output for every message; their rate. */
    private Rates whileCopying(String output, Consumer<AtomicBoolean> copier) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = new Thread(() -> copier.accept(stop), output);
        thread.setDaemon(true);
        thread.start();
        Rates rate = awaitOutputs(output, null);
        stop.set(true);
        thread.join();
        return rate;
    }

    private void copy(String name, AtomicBoolean stop) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(name); KafkaProducer<String, byte[]> producer = producer()) {
            consumer.subscribe(List.of(Topics.SMS_INBOUND));
            while (!stop.get()) {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, byte[]> record : records) {
                    producer.send(new ProducerRecord<>(name, record.key(), record.value()));
                }
                if (!records.isEmpty()) {
                    producer.flush();
                    consumer.commitSync();
                }
            }
        }
    }

    /** Writes the contract's two records per message, in one transaction per poll with its offsets; the rate of the first. */
    private Rates contractCopy(String name) throws Exception {
        createTopic(name);
        createTopic(name + ".triggered");
        return whileCopying(name, stop -> copyAsTheContractAsks(name, stop));
    }

    private void copyAsTheContractAsks(String name, AtomicBoolean stop) {
        Map<String, Object> config = new HashMap<>(producerConfig());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, name);
        try (KafkaConsumer<String, byte[]> consumer = consumer(name);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                        new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(Topics.SMS_INBOUND));
            while (!stop.get()) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    producer.send(copy(name, record, ActionType.SEND_REPLY.eventType(), ACTION_BYTES));
                    producer.send(copy(name + ".triggered", record, AutomationTriggered.TYPE, TRIGGERED_BYTES));
                    offsets.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                producer.commitTransaction();
            }
        }
    }

    /** The consumed value, padded or cut to {@code bytes}, with the CloudEvents headers the service writes. */
    private static ProducerRecord<String, byte[]> copy(String topic, ConsumerRecord<String, byte[]> record, String type,
            int bytes) {
        byte[] value = Arrays.copyOf(record.value(), bytes);
        return new ProducerRecord<>(topic, null, record.key(), value, CloudEventHeaders.of(CloudEventRecords.source("keyword-matcher"),
                UUID.randomUUID().toString(), type, record.key(), Instant.now()));
    }

    /** Starts the service's jar on this broker, lets it drain the backlog, stops it; its rate. */
    private Rates runMatcher(Path jar) throws Exception {
        Path log = Files.createTempFile("keyword-matcher-bench", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        // e.g. a flight recording of the service: BENCH_MATCHER_JVM_ARGS=-XX:StartFlightRecording=filename=/tmp/m.jfr
        String jvmArgs = System.getenv("BENCH_MATCHER_JVM_ARGS");
        if (jvmArgs != null && !jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(FreePorts.pick()));
        Process matcher = builder.start();
        try {
            Rates rates = awaitOutputs(Topics.ACTIONS_SEND_REPLY, matcher.toHandle());
            printThreadCpu(matcher.pid());
            return rates;
        } finally {
            matcher.destroy();
            matcher.waitFor(30, TimeUnit.SECONDS);
            System.out.println("keyword-matcher log: " + log);
        }
    }

    /** Where the service's CPU went since it started, by thread (Linux: /proc), the busiest first. */
    private static void printThreadCpu(long pid) throws IOException {
        Map<String, Long> ticksByThread = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+$", "");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticksByThread.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            }
        }
        System.out.println("keyword-matcher CPU since it started, by thread (s): " + ticksByThread.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + e.getValue() / 100.0).toList());
    }

    /**
     * Reads {@code topic} (committed records) until there are {@code messages}; their rates, and the CPU time
     * this JVM (the broker, this reader, the copier) and {@code service} (if any) spent from the first to the last.
     */
    private Rates awaitOutputs(String topic, ProcessHandle service) {
        long[] times = new long[messages];
        int seen = 0;
        CpuTimes atFirst = null;
        CpuTimes atThird = null;
        long[] machineAtFirst = null;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (KafkaConsumer<String, byte[]> reader = consumer("reader-" + UUID.randomUUID())) {
            reader.subscribe(List.of(topic));
            while (seen < messages) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(seen + " of " + messages + " records on " + topic);
                }
                var records = reader.poll(Duration.ofMillis(200));
                if (atFirst == null && !records.isEmpty()) {
                    atFirst = CpuTimes.now(service);
                    machineAtFirst = machineTicks();
                }
                if (atThird == null && seen >= messages / 3) {
                    atThird = CpuTimes.now(service);
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (seen < messages) {
                        times[seen] = record.timestamp();
                    }
                    seen++;
                }
            }
        }
        CpuTimes atLast = CpuTimes.now(service);
        long[] machineAtLast = machineTicks();
        double idle = (double) (machineAtLast[0] - machineAtFirst[0]) / Math.max(1, machineAtLast[1] - machineAtFirst[1]);
        Arrays.sort(times);
        return new Rates(rate(times, 0), rate(times, messages / 3), atLast.minus(atFirst).perOutput(messages),
                atLast.minus(atThird).perOutput(messages - messages / 3), idle);
    }

    /** Outputs per second from the {@code from}-th (in time order) to the last. */
    private static double rate(long[] sortedTimes, int from) {
        int last = sortedTimes.length - 1;
        return (last - from) * 1000.0 / Math.max(1, sortedTimes[last] - sortedTimes[from]);
    }

    /**
     * @param all     outputs per second over every output
     * @param warm    the same from the first third's end on
     * @param cpu     CPU microseconds per output, over every output
     * @param warmCpu the same from the first third's end on
     * @param idle    the machine's idle share from the first output to the last
     */
    private record Rates(double all, double warm, CpuTimes cpu, CpuTimes warmCpu, double idle) {
    }

    /** The machine's idle (with I/O wait) and total CPU ticks so far (Linux: /proc/stat). */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            return new long[] {Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]), total};
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** CPU time used by this JVM and by {@code service} (0 without one): nanoseconds so far, or microseconds per output. */
    private record CpuTimes(double bench, double service) {

        static CpuTimes now(ProcessHandle service) {
            long bench = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long serviceCpu = service == null ? 0
                    : service.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            return new CpuTimes(bench, serviceCpu);
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(bench - earlier.bench, service - earlier.service);
        }

        CpuTimes perOutput(int outputs) {
            return new CpuTimes(bench / 1000 / outputs, service / 1000 / outputs);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Writes the benchmark's input. Not idempotent, one request in flight: on the loaded machine about half the runs
     * lost a partition's input when the idempotent producer, after NOT_LEADER_OR_FOLLOWER answers for the new
     * topics, retried one batch with OUT_OF_ORDER_SEQUENCE_NUMBER answers until it expired (seen in the broker's
     * and the producer's JMX metrics).
     */
    private KafkaProducer<String, byte[]> inputProducer() {
        Map<String, Object> config = new HashMap<>(producerConfig());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
    }

    private KafkaConsumer<String, byte[]> consumer(String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** A record the backlog misses would make the rates wrong: any failed send stops the run. */
    private static final class SendFailures implements Callback {

        private volatile Exception first;

        @Override
        public void onCompletion(RecordMetadata metadata, Exception exception) {
            if (exception != null && first == null) {
                first = exception;
            }
        }

        void check() {
            if (first != null) {
                throw new IllegalStateException("a record of the benchmark's input was not written", first);
            }
        }
    }
}
