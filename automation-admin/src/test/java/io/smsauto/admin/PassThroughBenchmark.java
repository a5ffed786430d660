package io.smsauto.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What passing the web UI's calls through this service costs: the same contact-service call (WireMock)
 * made directly and through the admin, the admin's own read of an automation, and the sandbox phone's
 * POST (validated, signed, posted to the gateway stand-in). Not part of the test suite (its name is not
 * *Test): {@code ./mvnw -q -B -pl automation-admin -am test -Dtest=PassThroughBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the lines starting with "bench:".
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class PassThroughBenchmark {

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "quarkus.rest-client.contact-service.url")
    URI standIn;

    @Test
    void passThroughAgainstCallingContactServiceDirectly() throws Exception {
        new WireMock(standIn.getHost(), standIn.getPort()).register(post(urlPathEqualTo("/webhooks/vonage/inbound"))
                .willReturn(aResponse().withStatus(200)));
        Bench bench = new Bench(base);
        String one = Api.create(Api.automation("Bench", Api.number(), Api.keyword("BENCH"), "EXACT"));

        bench.measure("GET list, straight to the stand-in (baseline)", 1000,
                bench.get(standIn.resolve("/api/v1/lists/list-bench")));
        bench.measure("GET list through the admin", 1000, bench.get("/api/v1/lists/list-bench"));
        bench.measure("GET one automation (the admin's own)", 1000, bench.get("/api/v1/automations/" + one));
        bench.measure("POST sandbox/inbound (signed, to the stand-in)", 1000, bench.post("/api/v1/sandbox/inbound",
                "{\"from\": \"+33612345678\", \"to\": \"+33757000001\", \"text\": \"OUI merci\"}"));
    }
}
