package io.smsauto.admin.rest;

import io.smsauto.admin.service.Versioned;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The ETag of an automation is its version; If-Match names the version a change was prepared on. */
final class EntityTags {

    /** Matches no stored version: an If-Match that is not one of our tags. */
    private static final long NO_VERSION = -1;

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** {@code response} with the value as body and its version as ETag. */
    static Response withTag(Response.ResponseBuilder response, Versioned<?> versioned) {
        return response.entity(versioned.value()).tag(of(versioned.version())).build();
    }

    /** The version an If-Match header requires, or null when there is none or it is {@code *}. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return NO_VERSION;
        }
    }
}
