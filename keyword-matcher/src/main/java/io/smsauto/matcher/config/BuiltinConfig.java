package io.smsauto.matcher.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** The built-in keywords and the replies they get; an absent reply is not sent. */
@ConfigMapping(prefix = "matcher.builtin")
public interface BuiltinConfig {

    List<String> optOut();

    List<String> optIn();

    List<String> help();

    Optional<String> optOutReply();

    Optional<String> optInReply();

    Optional<String> helpReply();
}
