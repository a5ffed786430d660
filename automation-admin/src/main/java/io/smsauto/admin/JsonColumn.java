package io.smsauto.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.EventJson;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * Lists stored as JSON text. Hibernate Reactive reads a jsonb column as an object only, so the
 * lists of an automation (numbers, keywords, actions) are kept as text and converted here.
 */
final class JsonColumn<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final TypeReference<T> type;

    private JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a column as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON column cannot be read", e);
        }
    }

    /** A list of strings: receiving numbers, keywords. */
    @jakarta.persistence.Converter
    public static class Strings implements AttributeConverter<List<String>, String> {
        private final JsonColumn<List<String>> column = new JsonColumn<>(new TypeReference<>() { });

        @Override
        public String convertToDatabaseColumn(List<String> value) {
            return column.convertToDatabaseColumn(value);
        }

        @Override
        public List<String> convertToEntityAttribute(String value) {
            return column.convertToEntityAttribute(value);
        }
    }

    /** The actions of an automation. */
    @jakarta.persistence.Converter
    public static class Actions implements AttributeConverter<List<ActionSpec>, String> {
        private final JsonColumn<List<ActionSpec>> column = new JsonColumn<>(new TypeReference<>() { });

        @Override
        public String convertToDatabaseColumn(List<ActionSpec> value) {
            return column.convertToDatabaseColumn(value);
        }

        @Override
        public List<ActionSpec> convertToEntityAttribute(String value) {
            return column.convertToEntityAttribute(value);
        }
    }
}
