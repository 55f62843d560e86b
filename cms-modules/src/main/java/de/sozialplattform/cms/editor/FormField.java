package de.sozialplattform.cms.editor;

import java.util.List;

/**
 * One field of a generated edit form, ready for the template ({@code editor/fragments.html} renders each {@link Kind}).
 *
 * @param name input name ({@code p.title_en})
 * @param id element id, also the target of the error summary's links
 * @param lang the language of the value for translated texts, else {@code null}
 * @param dir {@code rtl} for right-to-left languages, else {@code null}
 * @param values the texts to show (one for single-value kinds)
 * @param choices options of selections and references, selected ones marked
 * @param pattern HTML pattern the server checks too, or {@code null}
 * @param error the message shown next to the field, or {@code null}
 * @param rows the rows of a repeatable group
 * @param translation {@code missing}/{@code outdated}/{@code current} for translations, else {@code null}
 * @param source the German text a translation translates, shown next to it
 */
record FormField(String name, String id, String label, Kind kind, String lang, String dir, boolean required,
        boolean editable, List<String> values, List<Choice> choices, String pattern, String hint, String error,
        List<Row> rows, boolean repeatable, String translation, String source) {

    enum Kind {
        TEXT, LINES, RICH_TEXT, WHOLE_NUMBER, NUMBER, YES_NO, DATE, SELECT, MULTI_SELECT, REFERENCE, REFERENCES, GROUP
    }

    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public String joined() {
        return String.join("\n", values);
    }

    /** What {@code aria-describedby} names: the hint and the error message, when there are. */
    public String describedBy() {
        String ids = (hint != null ? id + "-hint " : "") + (source != null ? id + "-source " : "")
                + (error != null ? id + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** The labels of the selected choices, for read-only display. */
    public List<String> selectedLabels() {
        return choices.stream().filter(Choice::selected).map(Choice::label).toList();
    }

    record Choice(String value, String label, boolean selected) {
    }

    /** One row of a repeatable group; {@code translations} are its translated texts in other languages. */
    record Row(int index, List<FormField> fields, List<FormField> translations) {
    }
}
