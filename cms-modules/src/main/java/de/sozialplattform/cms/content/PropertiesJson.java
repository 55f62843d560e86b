package de.sozialplattform.cms.content;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Property maps to and from the JSON text stored in the database. */
@Component
class PropertiesJson {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper;

    PropertiesJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Map<String, Object> properties) {
        return mapper.writeValueAsString(properties);
    }

    Map<String, Object> read(String json) {
        return mapper.readValue(json, MAP);
    }
}
