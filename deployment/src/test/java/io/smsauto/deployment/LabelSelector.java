package io.smsauto.deployment;

import static io.smsauto.deployment.YamlTree.list;
import static io.smsauto.deployment.YamlTree.map;
import static io.smsauto.deployment.YamlTree.string;

import java.util.Map;
import java.util.Objects;

/** Whether a Kubernetes label selector ({@code matchLabels}, {@code matchExpressions}) selects a set of labels. */
final class LabelSelector {

    private LabelSelector() {
    }

    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        for (Map.Entry<String, Object> required : map(selector, "matchLabels").entrySet()) {
            if (!Objects.equals(String.valueOf(required.getValue()), stringOrNull(labels.get(required.getKey())))) {
                return false;
            }
        }
        for (Object expression : list(selector, "matchExpressions")) {
            String value = stringOrNull(labels.get(string(expression, "key")));
            boolean listed = list(expression, "values").stream().map(String::valueOf).anyMatch(v -> v.equals(value));
            boolean holds = switch (string(expression, "operator")) {
                case "In" -> listed;
                case "NotIn" -> !listed;
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator of " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : value.toString();
    }
}
