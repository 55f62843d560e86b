package de.sozialplattform.search.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.sozialplattform.search.problem.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserTextTest {

    private static List<String> words(String text) {
        return UserText.words("q", text, 200, 10);
    }

    @Test
    void queryParserSyntaxBecomesOrdinaryWords() {
        assertThatThrownBy(() -> words("*:*"))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("q: must contain at least one word");
        assertThat(words("{!func}sum(1,2)")).containsExactly("func", "sum", "1", "2");
        assertThat(words("_val_:\"recip(1)\"")).containsExactly("val", "recip", "1");
        assertThat(words("name:komm-pass")).containsExactly("name", "komm-pass");
        assertThat(words("sucht* AND dro?en OR NOT \"spiel")).containsExactly("sucht", "and", "dro", "en", "or", "not", "spiel");
        assertThat(words("-drogen +alkohol")).containsExactly("drogen", "alkohol");
    }

    @Test
    void keepsLettersOfEveryScriptAndDropsEmojiAndControlCharacters() {
        assertThat(words("Glücksspiel 🎰\u0000Düsseldorf\tمشورة")).containsExactly("glücksspiel", "düsseldorf", "مشورة");
        assertThat(words("P-Konto-")).containsExactly("p-konto");
    }

    @Test
    void capsLengthAndWords() {
        assertThatThrownBy(() -> words("a".repeat(201)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("q: must be at most 200 characters");
        assertThatThrownBy(() -> words("a b c d e f g h i j k"))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("q: must have at most 10 words");
        assertThat(words("   ")).isEmpty();
        assertThat(words(null)).isEmpty();
    }

    @Test
    void foldsWordsForTheTypoTolerantNameField() {
        assertThat(UserText.folded("düsseldorf")).isEqualTo("dusseldorf");
        assertThat(UserText.folded("straße")).isEqualTo("strasse");
        assertThat(UserText.folded("مشورة")).isEmpty();
    }
}
