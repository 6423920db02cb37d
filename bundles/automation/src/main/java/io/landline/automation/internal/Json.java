package io.landline.automation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** JSON through Jackson, with input limits suited to small webhook bodies. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(65_536)
                    .build())
            .build());

    private Json() {
    }

    /**
     * @param text JSON text
     * @return the object it holds
     * @throws IllegalArgumentException with a message naming line and column when it is not a JSON object
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        Object value;
        try {
            value = MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage() + where);
        }
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("the body must be a JSON object like {\"value1\": \"...\"}");
        }
        return (Map<String, Object>) value;
    }

    /** @return the value as JSON text */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
