package io.smsauto.notifier.messaging;

import io.smallrye.mutiny.Uni;
import io.smsauto.events.ActionRequested;
import io.smsauto.notifier.service.RecipientSend;
import io.smsauto.notifier.service.ResultSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Runs the sends of one action event side by side and publishes its one result once all have ended. */
@ApplicationScoped
public class ActionReport {

    private final ActionResultPublisher results;

    public ActionReport(ActionResultPublisher results) {
        this.results = results;
    }

    /** @param plural what is sent, for the result's detail ("2 SMS sent", "2 emails sent") */
    public Uni<Void> after(ActionRequested request, String plural, List<Uni<RecipientSend>> sends) {
        Uni<List<RecipientSend>> all = sends.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.join().all(sends).andFailFast();
        return all.chain(ended -> results.publish(ResultSummary.of(request, plural, ended)));
    }
}
