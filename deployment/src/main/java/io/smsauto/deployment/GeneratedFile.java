package io.smsauto.deployment;

import java.nio.file.Path;

/**
 * A deployment file derived from the code, never edited by hand.
 *
 * @param path    where it lives, relative to the project root
 * @param content what the code says it must hold now
 */
public record GeneratedFile(Path path, String content) {

    /** The command that rewrites every generated file from the code. */
    public static final String REGENERATE_COMMAND = "deployment/regenerate";

    static String header(String commentPrefix) {
        return commentPrefix + " Generated from io.smsauto.events.Topics.ALL by " + REGENERATE_COMMAND
                + ": do not edit by hand.\n";
    }
}
