package io.smsauto.admin.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The built-in keywords, under the keyword-matcher's own setting names (env MATCHER_BUILTIN_OPT_OUT…)
 * so that one setting configures both the matcher and the dry run; the library's defaults otherwise.
 */
@ConfigMapping(prefix = "matcher.builtin")
public interface BuiltinKeywordsConfig {

    Optional<List<String>> optOut();

    Optional<List<String>> optIn();

    Optional<List<String>> help();
}
