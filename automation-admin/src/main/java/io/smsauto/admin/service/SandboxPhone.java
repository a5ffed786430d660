package io.smsauto.admin.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.client.PassThrough;
import io.smsauto.admin.config.Downstreams;
import io.smsauto.admin.config.VonageSigningConfig;
import io.smsauto.admin.rest.SandboxInboundRequest;
import io.smsauto.conventions.carrier.VonageSigner;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.PhoneNumbers;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The web UI's sandbox phone: an SMS typed there goes in through the real inbound-gateway as the
 * Vonage webhook a real one would cause (DESIGN.md §2), signed as Vonage signs it when the gateway
 * checks signatures. The answer is the gateway's.
 */
@ApplicationScoped
public class SandboxPhone {

    public static final String WEBHOOK_PATH = "/webhooks/vonage/inbound";
    static final int MAX_TEXT = 1600;

    private static final DateTimeFormatter MESSAGE_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final PassThrough passThrough;
    private final Downstreams downstreams;
    private final VonageSigningConfig signing;

    public SandboxPhone(PassThrough passThrough, Downstreams downstreams, VonageSigningConfig signing) {
        this.passThrough = passThrough;
        this.downstreams = downstreams;
        this.signing = signing;
    }

    /** 200 with {@code {"messageId"}} once the gateway has taken it; the gateway's own answer otherwise. */
    public Uni<Response> send(SandboxInboundRequest request) {
        Map<String, String> webhook = webhook(valid(request), Instant.now());
        String form = webhook.entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        return passThrough.send(downstreams.inboundGateway(), HttpMethod.POST, WEBHOOK_PATH,
                        Map.of(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED), Buffer.buffer(form))
                .map(answer -> answer.getStatus() / 100 == 2
                        ? Response.ok(Map.of("messageId", webhook.get("messageId")), MediaType.APPLICATION_JSON).build()
                        : answer);
    }

    /** The parameters Vonage's SMS API sends for an inbound message: numbers without {@code +}, times in UTC. */
    Map<String, String> webhook(SandboxInboundRequest sms, Instant now) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("msisdn", sms.from().substring(1));
        params.put("to", sms.to().substring(1));
        params.put("messageId", UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase(Locale.ROOT));
        params.put("text", sms.text());
        params.put("type", "text");
        params.put("keyword", sms.text().strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT));
        params.put("message-timestamp", MESSAGE_TIMESTAMP.format(now));
        params.put("timestamp", String.valueOf(now.getEpochSecond()));
        params.put("nonce", UUID.randomUUID().toString());
        signing.signatureSecret().ifPresent(secret ->
                params.put(VonageSigner.SIG, new VonageSigner(secret, signing.signatureMethod()).sign(params)));
        return params;
    }

    private static SandboxInboundRequest valid(SandboxInboundRequest request) {
        List<Violation> violations = new ArrayList<>();
        SandboxInboundRequest sms = request == null ? new SandboxInboundRequest(null, null, null) : request;
        String from = number(sms.from(), "from", violations);
        String to = number(sms.to(), "to", violations);
        String text = Fields.required(sms.text(), "text", violations);
        if (text != null && text.length() > MAX_TEXT) {
            violations.add(new Violation("text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new SandboxInboundRequest(from, to, sms.text());
    }

    private static String number(String value, String field, List<Violation> violations) {
        String given = Fields.required(value, field, violations);
        if (given == null) {
            return null;
        }
        return PhoneNumbers.toE164(given).orElseGet(() -> {
            violations.add(new Violation(field, "is not an E.164 phone number"));
            return null;
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
