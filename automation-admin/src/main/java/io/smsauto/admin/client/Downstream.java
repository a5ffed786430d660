package io.smsauto.admin.client;

/** A service this one calls on behalf of the web UI: its name, for errors and logs, and its base URL (no trailing slash). */
public record Downstream(String name, String baseUrl) {

    public static Downstream of(String name, String baseUrl) {
        return new Downstream(name, baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }
}
