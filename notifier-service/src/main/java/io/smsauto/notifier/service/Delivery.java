package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.Attempt;
import io.smsauto.notifier.repository.Claim;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One message to one recipient, as {@link DeliveryEngine} runs it.
 *
 * @param turn  completes when the provider may be called (pacing)
 * @param claim claims the send in the send log, given the number of the send's slot
 * @param send  one call to the provider
 */
record Delivery(String eventId, String recipient, Supplier<Uni<Void>> turn, IntFunction<Uni<Claim>> claim,
        Supplier<Uni<Attempt>> send) {
}
