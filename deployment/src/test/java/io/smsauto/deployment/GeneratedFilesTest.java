package io.smsauto.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratedFilesTest {

    static List<GeneratedFile> generatedFiles() {
        return GeneratedFiles.all();
    }

    @ParameterizedTest
    @MethodSource("generatedFiles")
    void committedFileIsWhatTheCodeGeneratesNow(GeneratedFile file) {
        String path = file.path().toString();
        String outOfDate = path + " is not what io.smsauto.events.Topics.ALL gives now: run "
                + GeneratedFile.REGENERATE_COMMAND + " and commit the result";
        assertTrue(Files.isRegularFile(Project.file(path)), outOfDate);
        assertEquals(file.content(), Project.read(path), outOfDate);
    }
}
