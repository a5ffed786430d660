package io.smsauto.admin.client;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Whether the lists that actions name exist in contact-service, asked when the actions are saved. */
@ApplicationScoped
public class ContactLists {

    private final ContactServiceClient client;

    public ContactLists(@RestClient ContactServiceClient client) {
        this.client = client;
    }

    /**
     * Completes when every referenced list exists; fails with a 422 naming each field whose list does
     * not, or with {@link ContactServiceUnavailableException} when contact-service cannot answer.
     */
    public Uni<Void> requireExisting(List<ListReference> references) {
        Set<String> ids = references.stream().map(ListReference::listId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Map.Entry<String, Boolean>>> asked = ids.stream()
                .map(id -> exists(id).map(found -> Map.entry(id, found)))
                .toList();
        return Uni.join().all(asked).andFailFast()
                .invoke(answers -> {
                    Map<String, Boolean> found = answers.stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                    List<Violation> violations = new ArrayList<>();
                    for (ListReference reference : references) {
                        if (!found.get(reference.listId())) {
                            violations.add(new Violation(reference.field(), "no contact list has this id"));
                        }
                    }
                    if (!violations.isEmpty()) {
                        throw new InvalidRequestException(violations);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Boolean> exists(String listId) {
        return client.list(listId)
                .map(response -> response.getStatus())
                .onFailure(WebApplicationException.class)
                .recoverWithItem(e -> ((WebApplicationException) e).getResponse().getStatus())
                .map(status -> switch (status) {
                    case 200 -> true;
                    // 400: contact-service does not take it for a list id at all
                    case 404, 400 -> false;
                    default -> throw new ContactServiceUnavailableException(
                            "contact-service answered " + status + " for list " + listId, null);
                })
                .onFailure(e -> !(e instanceof ContactServiceUnavailableException))
                .transform(e -> {
                    Log.warnf("contact-service could not say whether list %s exists: %s", listId, e.toString());
                    return new ContactServiceUnavailableException("contact-service cannot be reached", e);
                });
    }
}
