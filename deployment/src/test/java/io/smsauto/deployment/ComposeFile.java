package io.smsauto.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** docker-compose.yml and its env file, as Compose reads them with no variable set in the shell. */
final class ComposeFile {

    static final String PATH = "docker-compose.yml";
    private static final Pattern DEFAULTED_VARIABLE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)}");

    private ComposeFile() {
    }

    static Map<String, Object> services() {
        return YamlTree.map(YamlTree.load(Project.read(PATH)), "services");
    }

    static Map<String, Object> service(String name) {
        Map<String, Object> service = YamlTree.map(services(), name);
        if (service.isEmpty()) {
            throw new AssertionError(PATH + " has no service " + name);
        }
        return service;
    }

    /** A value with each {@code ${VARIABLE:-default}} replaced by its default. */
    static String withDefaults(String value) {
        return DEFAULTED_VARIABLE.matcher(value).replaceAll(m -> m.group(1));
    }

    /** The env file a service reads (the one named by its env_file), as variable = value. */
    static Map<String, String> envFile(String service) {
        return parseEnvFile(Project.read(withDefaults(YamlTree.string(service(service), "env_file"))));
    }

    static Map<String, String> parseEnvFile(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 1) {
                throw new AssertionError("not VARIABLE=value: " + line);
            }
            variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
        }
        return variables;
    }
}
