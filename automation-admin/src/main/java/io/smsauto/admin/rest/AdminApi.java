package io.smsauto.admin.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI description of the whole API: every /api/** call needs the bearer token. */
@OpenAPIDefinition(
        info = @Info(title = "smsauto automation-admin", version = "v1",
                description = "SMS keyword automations and their actions, dry run and execution history (DESIGN.md §3). "
                        + "Errors are application/problem+json; validation errors list every field in 'violations'."),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = AdminApi.BEARER,
                type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "The api.token setting (env API_TOKEN); without it every /api/** call is 401.")),
        security = @SecurityRequirement(name = AdminApi.BEARER))
public class AdminApi extends Application {

    static final String BEARER = "bearer";
}
