package de.sozialplattform.cms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialplattform.lightmodules.PropertyDefinition;
import de.sozialplattform.lightmodules.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Each property type in the YAML form Magnolia's export uses, typed right by a YAML reader. */
class YamlValuesTest {

    @Test
    void everyTypeIsWrittenAsMagnoliaTypesItAndReadsBackWithThatType() {
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry("text", PropertyType.STRING, false, "Citizen's \"income\""));
        entries.add(entry("lines", PropertyType.RICH_TEXT, false, "<p>a</p>\n<p>b</p>"));
        entries.add(entry("flag", PropertyType.BOOLEAN, false, true));
        entries.add(entry("count", PropertyType.LONG, false, 10082));
        entries.add(entry("ratio", PropertyType.DOUBLE, false, 1.0e10));
        entries.add(entry("amount", PropertyType.DECIMAL, false, "12.50"));
        entries.add(entry("day", PropertyType.DATE, false, "2026-11-15"));
        entries.add(entry("moment", PropertyType.DATE, false, "2026-11-15T10:00+01:00"));
        entries.add(entry("page", PropertyType.REFERENCE, false, "c34a96d3-5311-52ea-a8d7-7966bfaa5cce"));
        entries.add(entry("tags", PropertyType.STRING, true, List.of("a", "b")));
        String yaml = YamlValues.write(YamlValues.mapping(entries));

        assertThat(yaml).isEqualTo("""
                'text': 'Citizen''s "income"'
                'lines': "<p>a</p>\\n<p>b</p>"
                'flag': true
                'count': 10082
                'ratio': 1.0E+10
                'amount': '12.50'
                'day': 2026-11-15
                'moment': 2026-11-15T10:00:00+01:00
                'page': 'c34a96d3-5311-52ea-a8d7-7966bfaa5cce'
                'tags':
                  - 'a'
                  - 'b'
                """);
        Map<String, Object> read = new Yaml().load(yaml);
        assertThat(read.get("text")).isEqualTo("Citizen's \"income\"");
        assertThat(read.get("lines")).isEqualTo("<p>a</p>\n<p>b</p>");
        assertThat(read.get("flag")).isEqualTo(true);
        assertThat(read.get("count")).isEqualTo(10082);
        assertThat(read.get("ratio")).isEqualTo(1.0e10);
        assertThat(read.get("amount")).as("decimals stay exact text").isEqualTo("12.50");
        assertThat(read.get("day")).isInstanceOf(java.util.Date.class);
        assertThat(read.get("moment")).isInstanceOf(java.util.Date.class);
    }

    private static NodeTuple entry(String name, PropertyType type, boolean multiple, Object value) {
        return YamlValues.entry(name, YamlValues.property(new PropertyDefinition(name, type, null, false, multiple, false), value));
    }
}
