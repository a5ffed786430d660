package io.smsauto.system;

import java.util.List;
import java.util.Map;

/** Actions of an automation as the admin API takes them (DESIGN.md §3). */
final class Actions {

    private Actions() {
    }

    static Map<String, Object> addToGroup(String listId) {
        return Map.of("name", "Join the list", "type", "ADD_TO_GROUP", "listId", listId);
    }

    static Map<String, Object> removeFromGroup(String listId) {
        return Map.of("name", "Leave the list", "type", "REMOVE_FROM_GROUP", "listId", listId);
    }

    static Map<String, Object> sendReply(String message) {
        return Map.of("name", "Reply", "type", "SEND_REPLY", "message", message);
    }

    static Map<String, Object> forwardToMobile(String... numbers) {
        return Map.of("name", "Tell the shop", "type", "FORWARD_TO_MOBILE", "numbers", List.of(numbers));
    }

    static Map<String, Object> forwardToEmail(String... emails) {
        return Map.of("name", "Mail the shop", "type", "FORWARD_TO_EMAIL", "emails", List.of(emails));
    }

    static Map<String, Object> unsubscribe() {
        return Map.of("name", "Unsubscribe", "type", "UNSUBSCRIBE");
    }

    static Map<String, Object> forwardToUrl(String method, String url, Map<String, String> headers,
            Map<String, String> params) {
        return Map.of("name", "Call the CRM", "type", "FORWARD_TO_URL", "method", method, "url", url,
                "headers", pairs(headers), "params", pairs(params));
    }

    private static List<Map<String, String>> pairs(Map<String, String> entries) {
        return entries.entrySet().stream().map(e -> Map.of("key", e.getKey(), "value", e.getValue())).toList();
    }
}
