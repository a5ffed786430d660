package io.smsauto.deployment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service as its own module defines it: a module with {@code src/main/resources/application.properties}
 * (the rule of the root pom's quarkus-service profile), its application name and its port there.
 */
record ServiceModule(String name, int port, Properties properties) {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    /** Every service of the project, by name. */
    static List<ServiceModule> all() {
        try (Stream<Path> modules = Files.list(Project.ROOT)) {
            return modules.filter(dir -> Files.isRegularFile(dir.resolve(PROPERTIES)))
                    .map(ServiceModule::read)
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceModule named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /**
     * The environment variables this service's application.properties can be set by: each property's
     * own (Quarkus: upper case, every other character than a letter or digit as {@code _}) and every
     * {@code ${VARIABLE}} its values name. Profile-specific properties ({@code %test.…}) left out.
     */
    Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue;
            }
            names.add(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            Matcher reference = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (reference.find()) {
                names.add(reference.group(1));
            }
        }
        return names;
    }

    private static ServiceModule read(Path module) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(module.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = properties.getProperty("quarkus.application.name");
        if (!module.getFileName().toString().equals(name)) {
            throw new IllegalStateException(module + ": quarkus.application.name " + name + " is not the module's name");
        }
        return new ServiceModule(name, Integer.parseInt(properties.getProperty("quarkus.http.port")), properties);
    }
}
