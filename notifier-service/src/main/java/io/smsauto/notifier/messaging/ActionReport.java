package io.smsauto.notifier.messaging;

import io.smallrye.mutiny.Uni;
import io.smsauto.events.ActionRequested;
import io.smsauto.notifier.service.RecipientSend;
import io.smsauto.notifier.service.ResultSummary;
import io.smsauto.notifier.service.UnknownOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Runs the sends of one action event side by side and publishes its one result once all have ended. */
@ApplicationScoped
public class ActionReport {

    private final ActionResultPublisher results;
    private final UnknownOutcomes unknownOutcomes;

    public ActionReport(ActionResultPublisher results, UnknownOutcomes unknownOutcomes) {
        this.results = results;
        this.unknownOutcomes = unknownOutcomes;
    }

    /** @param plural what is sent, for the result's detail ("2 emails sent") */
    public Uni<Void> after(ActionRequested request, String plural, List<Uni<RecipientSend>> sends) {
        return all(sends).chain(ended -> results.publish(ResultSummary.of(request, plural, ended)));
    }

    /**
     * {@link #after} for SMS: a result that reports an unknown outcome is kept before it is published,
     * for the delivery receipt of that SMS to correct ({@link UnknownOutcomes}).
     */
    public Uni<Void> afterSms(ActionRequested request, List<Uni<RecipientSend>> sends) {
        return all(sends)
                .chain(ended -> unknownOutcomes.kept(ResultSummary.of(request, ResultSummary.SMS, ended)))
                .chain(results::publish);
    }

    private static Uni<List<RecipientSend>> all(List<Uni<RecipientSend>> sends) {
        return sends.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(sends).andFailFast();
    }
}
