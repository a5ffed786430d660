package io.smsauto.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads YAML into plain maps and lists (anchors and merge keys resolved) and walks them by path:
 * {@code YamlTree.at(deployment, "spec", "template", "spec")}.
 */
final class YamlTree {

    private YamlTree() {
    }

    static Map<String, Object> load(String text) {
        return asMap(parser().load(text));
    }

    static List<Map<String, Object>> loadAll(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : parser().loadAll(text)) {
            if (document != null) {
                documents.add(asMap(document));
            }
        }
        return documents;
    }

    /** The value at the path of keys, or null when a key is missing on the way. */
    static Object at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    static Map<String, Object> map(Object node, String... keys) {
        Object value = at(node, keys);
        return value == null ? Map.of() : asMap(value);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... keys) {
        Object value = at(node, keys);
        return value == null ? List.of() : (List<Object>) value;
    }

    /** The value at the path as text (YAML numbers and booleans included), or null. */
    static String string(Object node, String... keys) {
        Object value = at(node, keys);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node) {
        return (Map<String, Object>) node;
    }

    private static org.yaml.snakeyaml.Yaml parser() {
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
