package io.smsauto.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import io.smsauto.runner.Service;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** automation-admin's REST API: automations and their execution history. */
final class AdminApi {

    private final String baseUri;
    private final Carriers carriers;

    AdminApi(RunningSystem running) {
        this.baseUri = running.url(Service.AUTOMATION_ADMIN).toString();
        this.carriers = new Carriers(running);
    }

    RequestSpecification request() {
        return given().baseUri(baseUri).header("Authorization", "Bearer " + RunningSystem.API_TOKEN)
                .contentType("application/json");
    }

    static Map<String, Object> automation(String keyword, String number, List<Map<String, Object>> actions) {
        return Map.of(
                "name", "Automation " + keyword,
                "enabled", true,
                "numbers", List.of(number),
                "trigger", Map.of("keywords", List.of(keyword), "match", "FIRST_WORD"),
                "actions", actions);
    }

    /**
     * Creates the automation listening for {@code keyword} on {@code number} and returns its id once
     * keyword-matcher serves it: the API answers when the change is on the changelog, the matcher
     * follows it a moment later, and a message handled before that would match nothing.
     */
    String createServing(String keyword, String number, List<Map<String, Object>> actions) {
        String id = request().body(automation(keyword, number, actions)).post("/api/v1/automations")
                .then().statusCode(201).extract().path("id");
        awaitServing(id, keyword, number);
        return id;
    }

    /**
     * Sends the keyword from fresh numbers (one every 5 s) until one of them shows in the history:
     * then the matcher serves the automation. The probes' effects go to their own numbers.
     */
    void awaitServing(String automationId, String keyword, String number) {
        AtomicInteger polls = new AtomicInteger();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (polls.getAndIncrement() % 20 == 0) {
                carriers.vonage(Unique.number(), number, keyword, Unique.id());
            }
            return !executions(automationId).isEmpty();
        });
    }

    /** The automation's recent executions, newest first. */
    List<Map<String, Object>> executions(String automationId) {
        return request().queryParam("size", 100).get("/api/v1/automations/" + automationId + "/executions")
                .then().statusCode(200).extract().path("items");
    }

    /** The executions triggered by messages from {@code contact}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> executionsFrom(String automationId, String contact) {
        return executions(automationId).stream()
                .filter(e -> contact.equals(((Map<String, Object>) e.get("message")).get("from")))
                .toList();
    }

    /** The actions of the one execution triggered by {@code contact}, once every one has finished. */
    List<Map<String, Object>> awaitFinishedActions(String automationId, String contact) {
        return awaitFinishedExecutions(automationId, contact, 1).get(0);
    }

    /**
     * The actions of each execution triggered by {@code contact}, newest first, once there are
     * {@code count} of them and none has an action still {@code PENDING}.
     */
    @SuppressWarnings("unchecked")
    List<List<Map<String, Object>>> awaitFinishedExecutions(String automationId, String contact, int count) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                () -> executionsFrom(automationId, contact).stream()
                        .map(e -> (List<Map<String, Object>>) e.get("actions")).toList(),
                executions -> executions.size() == count && executions.stream().flatMap(List::stream)
                        .noneMatch(a -> "PENDING".equals(a.get("status"))));
    }
}
