package io.smsauto.admin.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.client.ContactLists;
import io.smsauto.admin.client.ListReference;
import io.smsauto.admin.messaging.ChangelogRelay;
import io.smsauto.admin.rest.ActionRequest;
import io.smsauto.admin.rest.AutomationRequest;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every change the API makes, checked in order: the request on its own (422), the lists it names in
 * contact-service (422, or 503 when it cannot answer: nothing is saved unchecked), then, in the
 * saving transaction, the stored version (412) and keyword clashes (409). A list is asked about
 * when an action starts naming it; an action that keeps its list is not asked about again, so an
 * automation whose list was deleted can still be disabled or renamed. A change is answered once it
 * is committed and on {@code automations.changelog}.
 */
@ApplicationScoped
public class AutomationEditor {

    private final AutomationValidator validator;
    private final ContactLists lists;
    private final AutomationService automations;
    private final ChangelogRelay changelog;
    private final ObjectMapper json;

    public AutomationEditor(AutomationValidator validator, ContactLists lists, AutomationService automations,
            ChangelogRelay changelog, ObjectMapper json) {
        this.validator = validator;
        this.lists = lists;
        this.automations = automations;
        this.changelog = changelog;
        this.json = json;
    }

    public Uni<Versioned<Automation>> create(AutomationRequest request) {
        ValidAutomation valid = validator.validate(request);
        return lists.requireExisting(newListReferences(List.of(), valid.actions(), "actions"))
                .chain(() -> automations.create(valid))
                .call(created -> published(UUID.fromString(created.value().id())));
    }

    public Uni<Versioned<Automation>> replace(UUID id, AutomationRequest request, Long expectedVersion) {
        ValidAutomation valid = validator.validate(request);
        return automations.get(id)
                .call(current -> lists.requireExisting(
                        newListReferences(current.value().actions(), valid.actions(), "actions")))
                .chain(() -> automations.replace(id, valid, expectedVersion))
                .call(() -> published(id));
    }

    /** RFC 7396 JSON merge patch over the automation as the API shows it, then replaced as a whole. */
    public Uni<Versioned<Automation>> patch(UUID id, JsonNode patch, Long expectedVersion) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidRequestException("", "a JSON merge patch object is required");
        }
        Uni<Versioned<Automation>> patched = automations.get(id).chain(current -> {
            AutomationRequest request;
            try {
                request = json.treeToValue(MergePatch.apply(json.valueToTree(current.value()), patch),
                        AutomationRequest.class);
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
            // the patch was applied to this version: it must still be the stored one
            return replace(id, request, expectedVersion == null ? current.version() : expectedVersion);
        });
        // without If-Match the client asked for the patch on whatever is current: apply it again on that
        return expectedVersion != null ? patched
                : patched.onFailure(VersionMismatchException.class).retry().atMost(3);
    }

    public Uni<Versioned<ActionSpec>> addAction(UUID id, ActionRequest request, Long expectedVersion) {
        ActionSpec action = validator.validate(request);
        return lists.requireExisting(newListReferences(List.of(), List.of(action), ""))
                .chain(() -> automations.addAction(id, action, expectedVersion))
                .call(() -> published(id));
    }

    public Uni<Versioned<ActionSpec>> replaceAction(UUID id, String actionId, ActionRequest request,
            Long expectedVersion) {
        ActionSpec action = ActionIds.withId(validator.validate(request), actionId);
        return automations.get(id)
                .call(current -> lists.requireExisting(newListReferences(current.value().actions(), List.of(action), "")))
                .chain(() -> automations.replaceAction(id, actionId, action, expectedVersion))
                .call(() -> published(id));
    }

    /** Completes with the automation's new version. */
    public Uni<Long> deleteAction(UUID id, String actionId, Long expectedVersion) {
        return automations.deleteAction(id, actionId, expectedVersion).call(() -> published(id));
    }

    public Uni<Void> delete(UUID id, Long expectedVersion) {
        return automations.delete(id, expectedVersion).call(() -> published(id));
    }

    private Uni<Void> published(UUID id) {
        return changelog.publish(id).onFailure().transform(e -> new ChangelogUnavailableException(id, e));
    }

    /**
     * The lists of {@code actions} that must be asked about: those of new actions and of actions
     * whose list changed. {@code prefix} is the JSON path of the list of actions, empty for one action.
     */
    private static List<ListReference> newListReferences(List<ActionSpec> current, List<ActionSpec> actions,
            String prefix) {
        Map<String, ActionSpec> before = current.stream().collect(Collectors.toMap(ActionSpec::id, Function.identity()));
        List<ListReference> references = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionSpec action = actions.get(i);
            ActionSpec previous = action.id() == null ? null : before.get(action.id());
            if (action.listId() != null && (previous == null || !Objects.equals(previous.listId(), action.listId()))) {
                references.add(new ListReference(prefix.isEmpty() ? "listId" : prefix + "[" + i + "].listId",
                        action.listId()));
            }
        }
        return references;
    }
}
