package io.smsauto.admin.rest;

import io.quarkus.logging.Log;
import io.smsauto.admin.client.ContactServiceUnavailableException;
import io.smsauto.admin.client.DownstreamUnavailableException;
import io.smsauto.admin.service.ChangelogUnavailableException;
import io.smsauto.admin.service.KeywordClashException;
import io.smsauto.admin.service.VersionMismatchException;
import io.smsauto.conventions.rest.Problem;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.Automation;
import io.smsauto.matching.KeywordClash;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problem answers of automation-admin's own failures; the common ones are in service-conventions. */
public class AdminProblemMappers {

    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response clash(KeywordClashException e) {
        Automation candidate = e.candidate();
        List<Violation> violations = e.clashes().stream().map(clash -> new Violation(
                "trigger.keywords[" + candidate.trigger().keywords().indexOf(clash.keyword()) + "]",
                describe(clash, candidate))).toList();
        KeywordClash first = e.clashes().get(0);
        String detail = "An enabled automation already listens for this keyword: " + describe(first, candidate) + ".";
        return Problem.of(409, "Conflict", detail, violations).toResponse();
    }

    @ServerExceptionMapper
    public Response versionMismatch(VersionMismatchException e) {
        return Problem.of(412, "Precondition Failed", e.getMessage() + " Read it again and reapply the change.",
                List.of()).toResponse();
    }

    @ServerExceptionMapper({StaleStateException.class, OptimisticLockException.class})
    public Response concurrentChange(RuntimeException e) {
        return Problem.of(Response.Status.CONFLICT,
                "The automation was changed by another request at the same time; read it again and retry.")
                .toResponse();
    }

    @ServerExceptionMapper
    public Response contactServiceUnavailable(ContactServiceUnavailableException e) {
        return unavailable(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                "Cannot check that the contact lists exist (contact-service does not answer); nothing was saved."));
    }

    @ServerExceptionMapper
    public Response downstreamUnavailable(DownstreamUnavailableException e) {
        return unavailable(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                e.service() + " cannot be reached or did not answer in time; try again shortly."));
    }

    @ServerExceptionMapper
    public Response changelogUnavailable(ChangelogUnavailableException e) {
        Log.warnf("Change of automation %s saved but not yet on the changelog: %s", e.automationId(), e.getCause());
        return unavailable(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The change to automation "
                + e.automationId() + " is saved but the matcher cannot be told yet; it will be within seconds of "
                + "the message broker coming back."));
    }

    private static String describe(KeywordClash clash, Automation candidate) {
        String where = clash.number() == null ? "on every number" : "on " + clash.number();
        return "'" + clash.keyword() + "' (" + candidate.trigger().match() + ") is already a keyword of automation '"
                + clash.existing().name() + "' (" + clash.existing().id() + ") " + where;
    }

    private static Response unavailable(Problem problem) {
        return Response.fromResponse(problem.toResponse()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
