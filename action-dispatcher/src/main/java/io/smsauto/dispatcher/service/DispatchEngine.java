package io.smsauto.dispatcher.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.FinishedCall;
import io.smsauto.dispatcher.client.HttpCaller;
import io.smsauto.dispatcher.client.InvalidCallException;
import io.smsauto.dispatcher.client.OutboundRequest;
import io.smsauto.dispatcher.client.RequestPlanner;
import io.smsauto.dispatcher.client.TargetResolver;
import io.smsauto.dispatcher.config.DispatcherConfig;
import io.smsauto.dispatcher.messaging.ResultReporter;
import io.smsauto.dispatcher.repository.CallWriter;
import io.smsauto.dispatcher.service.AttemptOutcome.Verdict;
import io.smsauto.events.ResultStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs the calls this replica has leased, without ever blocking: each waits for room on its host's
 * lane, is attempted on the host's event loop, and then either waits in the database for its next
 * attempt or ends — its result (and, when it failed, its dead letter) published, then its outcome
 * stored. A crash in between repeats the call with the same event id once the lease runs out; a
 * result that could not be published is published again by the poller without calling again.
 */
@ApplicationScoped
public class DispatchEngine {

    /** Time kept in hand when a call starts, so that it ends well before its lease. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

    private final RequestPlanner planner;
    private final TargetResolver resolver;
    private final HttpCaller caller;
    private final HostLanes lanes;
    private final PendingCapacity capacity;
    private final CallWriter writer;
    private final ResultReporter reporter;
    private final CallTelemetry telemetry;
    private final RetryPolicy retry;
    private final Duration minLeaseLeft;
    private final Duration busyHostDelay;
    private final Clock clock = Clock.systemUTC();

    public DispatchEngine(RequestPlanner planner, TargetResolver resolver, HttpCaller caller, HostLanes lanes,
            PendingCapacity capacity, CallWriter writer, ResultReporter reporter, CallTelemetry telemetry,
            DispatcherConfig config) {
        this.planner = planner;
        this.resolver = resolver;
        this.caller = caller;
        this.lanes = lanes;
        this.capacity = capacity;
        this.writer = writer;
        this.reporter = reporter;
        this.telemetry = telemetry;
        this.retry = new RetryPolicy(config.retry(), () -> ThreadLocalRandom.current().nextDouble());
        // at least half the lease left when the call starts: should the database be unavailable when it ends,
        // its outcome waits in memory and the lease it still holds keeps other replicas from making it again
        Duration half = config.lease().dividedBy(2);
        Duration call = config.timeout().plus(LEASE_MARGIN);
        this.minLeaseLeft = half.compareTo(call) > 0 ? half : call;
        this.busyHostDelay = config.busyHostDelay();
    }

    /** Starts work on a leased call; the caller took room for it in {@link PendingCapacity}. */
    public void submit(Call call) {
        String host = RequestPlanner.hostOf(call.request().action().url());
        // a url without host gets a lane of its own, where planning the call rejects it
        lanes.run(host == null ? "" : host, lane -> attempt(lane, call), () -> {
            capacity.release(1);
            writer.release(call, clock.instant().plus(busyHostDelay));
        });
    }

    /** Publishes the result of a call that ended earlier (and its dead letter if it failed), then marks it reported. */
    public void report(FinishedCall finished) {
        reporter.report(finished, Context.root())
                .thenCompose(published -> writer.reported(finished.call(), clock.instant()))
                .exceptionally(e -> {
                    Log.warnf("The result of %s could not be published (%s); it will be published again",
                            finished.call().eventId(), e.toString());
                    return false;
                });
    }

    /** On the host's event loop, with a place on its lane. */
    private void attempt(HostLanes.Lane lane, Call call) {
        Instant start = clock.instant();
        if (Duration.between(start, call.leaseUntil()).compareTo(minLeaseLeft) < 0) {
            // it waited for its host so long that it could not end before another replica may take it over
            lane.done();
            capacity.release(1);
            writer.release(call, start);
            return;
        }
        OutboundRequest request;
        try {
            request = planner.plan(call.request());
        } catch (InvalidCallException e) {
            lane.done();
            capacity.release(1);
            conclude(call.firstAttemptedAt(start), AttemptOutcome.notCalled(e.getMessage()), Span.getInvalid());
            return;
        }
        long started = System.nanoTime();
        Span span = telemetry.start(call, request);
        resolver.resolve(request.host())
                .compose(address -> caller.call(request, address))
                .onComplete(done -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    lane.done();
                    capacity.release(1);
                    AttemptOutcome outcome = done.succeeded() ? OutcomeClassifier.of(done.result(), millis, clock)
                            : OutcomeClassifier.of(done.cause(), millis);
                    telemetry.end(span, outcome);
                    conclude(call.firstAttemptedAt(start), outcome, span);
                });
    }

    /** {@code span}: the attempt's, whose trace the result continues (invalid when no call was made). */
    private void conclude(Call call, AttemptOutcome outcome, Span span) {
        int attempts = call.attempts() + 1;
        Optional<Duration> delay = retry.nextDelay(attempts, outcome);
        if (delay.isPresent()) {
            writer.retryLater(call, attempts, clock.instant().plus(delay.get()), outcome.httpStatus(), outcome.error(),
                    outcome.callMillis());
            return;
        }
        boolean succeeded = outcome.verdict() == Verdict.SUCCEEDED;
        FinishedCall finished = new FinishedCall(call, succeeded ? ResultStatus.SUCCEEDED : ResultStatus.FAILED,
                attempts, outcome.httpStatus(), outcome.error(), outcome.callMillis(), clock.instant());
        if (!succeeded) {
            // the error quotes the target's answer, which may echo the forwarded message: in full at DEBUG only
            Log.infof("Forward to URL %s failed for good after %d attempt(s): %s", call.eventId(), attempts,
                    outcome.httpStatus() == null ? outcome.error() : "HTTP " + outcome.httpStatus());
            Log.debugf("Forward to URL %s failed: %s", call.eventId(), outcome.error());
        }
        // published first, then stored with the time it was published: one write per call. Should the
        // process stop in between, the lease runs out and the call is made again with the same event id.
        reporter.report(finished, Context.root().with(span)).whenComplete((published, failure) -> {
            if (failure != null) {
                Log.warnf("The result of %s could not be published (%s); it will be published again",
                        call.eventId(), failure.toString());
            }
            writer.finish(finished, failure == null ? clock.instant() : null);
        });
    }
}
