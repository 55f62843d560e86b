package de.sozialplattform.cms.accounts;

import de.sozialplattform.lightmodules.DefinitionException;
import de.sozialplattform.lightmodules.DefinitionParser;
import de.sozialplattform.lightmodules.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads {@code agreements/*.yaml}: a {@code version} and per language a {@code title} and a {@code text}. German is
 * required (the binding language); other languages are translations for reading.
 */
@Component
class AgreementParser implements DefinitionParser<Agreement> {

    static final String FOLDER = "agreements";
    private static final String WHAT = "an agreement";

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public Class<Agreement> type() {
        return Agreement.class;
    }

    @Override
    public Agreement parse(String id, YamlNode root) {
        Map<String, YamlNode> entries = root.entries(WHAT);
        YamlNode.onlyKeys(entries, List.of("version", "title", "text"), WHAT);
        YamlNode version = YamlNode.required(entries, "version", root.line(), WHAT);
        String versionText = version.text("version").strip();
        if (!versionText.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new DefinitionException(version.line(), "version must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Map<String, String> titles = byLanguage(YamlNode.required(entries, "title", root.line(), WHAT), "title");
        Map<String, String> texts = byLanguage(YamlNode.required(entries, "text", root.line(), WHAT), "text");
        return new Agreement(id, versionText, titles, texts);
    }

    private static Map<String, String> byLanguage(YamlNode node, String key) {
        Map<String, String> values = new LinkedHashMap<>();
        node.entries(key).forEach((language, value) -> {
            String text = value.text(key + " in " + language).strip();
            if (text.isEmpty()) {
                throw new DefinitionException(value.line(), key + " in " + language + " is empty");
            }
            values.put(language, text);
        });
        if (!values.containsKey(Agreement.FALLBACK_LANGUAGE)) {
            throw new DefinitionException(node.line(), key + " needs German (de), the binding language");
        }
        return values;
    }
}
