package de.sozialplattform.cms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** File names of bootstrap files, and the YAML text of values that YAML 1.1 readers must type right. */
class BootstrapFileTest {

    @Test
    void fileNamesJoinThePathWithDotsAndParseBack() {
        BootstrapFile file = BootstrapFile.of("pages", "/leistungen/buergergeld");
        assertThat(file.fileName()).isEqualTo("pages.leistungen.buergergeld.yaml");
        assertThat(BootstrapFile.parse(file.fileName())).isEqualTo(file);
        assertThat(BootstrapFile.parse("pages.leistungen.yaml", "leistungen").path()).isEqualTo("/leistungen");
        assertThatThrownBy(() -> BootstrapFile.of("pages", "/")).isInstanceOf(BootstrapException.class);
    }

    @Test
    void aNodeNameWithDotsIsMatchedAgainstTheTopLevelKey() {
        BootstrapFile file = BootstrapFile.parse("pages.leistungen.faq.v2.yaml", "faq.v2");
        assertThat(file.workspace()).isEqualTo("pages");
        assertThat(file.path()).isEqualTo("/leistungen/faq.v2");
        assertThat(BootstrapFile.parse("benefits.a.b.yaml", "a.b").path()).isEqualTo("/a.b");
        assertThatThrownBy(() -> BootstrapFile.parse("pages.leistungen.yaml", "beratung"))
                .hasMessageContaining("'beratung'");
        assertThat(BootstrapFile.at("pages", "/t", "x").path()).isEqualTo("/t/x");
        assertThat(BootstrapFile.at("pages", "/", "x").fileName()).isEqualTo("pages.x.yaml");
    }

    @Test
    void doublesAlwaysReadAsYamlFloats() {
        assertThat(YamlValues.doubleText(1.5)).isEqualTo("1.5");
        assertThat(YamlValues.doubleText(2.0)).isEqualTo("2.0");
        assertThat(YamlValues.doubleText(1e10)).isEqualTo("1.0E+10");
        assertThat(YamlValues.doubleText(-2.5e-7)).isEqualTo("-2.5E-7");
    }
}
