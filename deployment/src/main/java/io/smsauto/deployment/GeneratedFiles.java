package io.smsauto.deployment;

import io.smsauto.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Every deployment file generated from {@link Topics#ALL}, and the command that writes them. */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    public static List<GeneratedFile> all() {
        return List.of(KafkaTopicManifests.generate(Topics.ALL), ComposeTopicList.generate(Topics.ALL));
    }

    /** Writes every generated file under the project root given as the only argument (default: "."). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (GeneratedFile file : all()) {
            Path target = root.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            System.out.println("wrote " + file.path());
        }
    }
}
