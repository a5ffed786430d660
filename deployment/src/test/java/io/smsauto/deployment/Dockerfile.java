package io.smsauto.deployment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker/Dockerfile.jvm, the one image recipe of the six services. */
final class Dockerfile {

    static final String PATH = "docker/Dockerfile.jvm";

    private Dockerfile() {
    }

    /** Its instructions, one per element, continuation lines joined and comments left out. */
    static List<String> instructions() {
        String text = Project.read(PATH).replaceAll("(?m)^\\s*#.*\\n", "").replace("\\\n", " ");
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The port every service listens on inside its container: the image's QUARKUS_HTTP_PORT. */
    static int containerPort() {
        for (String instruction : instructions()) {
            Matcher env = Pattern.compile("ENV QUARKUS_HTTP_PORT=(\\d+)").matcher(instruction);
            if (env.matches()) {
                return Integer.parseInt(env.group(1));
            }
        }
        throw new AssertionError(PATH + " sets no QUARKUS_HTTP_PORT");
    }
}
