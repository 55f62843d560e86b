package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.DefinitionException;
import de.sozialplattform.lightmodules.DefinitionParser;
import de.sozialplattform.lightmodules.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads {@code benefitFinder/questions.yaml} (the format is described at the top of the shipped file). Every
 * mistake an editor can make is reported with its line, and the last good questionnaire stays in force.
 *
 * <p>The folder also holds {@code rules/}; the loader matches only files directly in it, so rule files never
 * reach this parser.
 */
@Component
class QuestionnaireParser implements DefinitionParser<QuestionnaireDefinition> {

    static final String FOLDER = "benefitFinder";

    /** Question and option ids are a public contract and end up in message keys: plain camelCase. */
    static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*");

    private static final List<String> QUESTION_KEYS =
            List.of("id", "type", "required", "dontKnow", "help", "min", "max", "options", "askedWhen");

    @Override
    public String folder() {
        return FOLDER;
    }

    @Override
    public Class<QuestionnaireDefinition> type() {
        return QuestionnaireDefinition.class;
    }

    @Override
    public QuestionnaireDefinition parse(String id, YamlNode root) {
        if (!Questionnaire.DEFINITION_ID.equals(id)) {
            throw new DefinitionException(0, "only " + FOLDER + "/" + Questionnaire.DEFINITION_ID
                    + ".yaml is read in this folder; rules belong in " + FOLDER + "/rules/");
        }
        Map<String, YamlNode> entries = root.entries("the questionnaire");
        YamlNode.onlyKeys(entries, List.of("questions"), "the questionnaire");
        YamlNode list = YamlNode.required(entries, "questions", root.line(), "the questionnaire");
        Map<String, Question> questions = new LinkedHashMap<>();
        for (YamlNode item : list.items("questions")) {
            Question question = question(item, questions);
            if (questions.containsKey(question.id())) {
                throw new DefinitionException(item.line(), "question '" + question.id() + "' is defined twice");
            }
            questions.put(question.id(), question);
        }
        if (questions.isEmpty()) {
            throw new DefinitionException(list.keyLine(), "questions must list at least one question");
        }
        return new QuestionnaireDefinition(new ArrayList<>(questions.values()));
    }

    /** One question; {@code earlier} are the questions before it, the only ones {@code askedWhen} may name. */
    private static Question question(YamlNode item, Map<String, Question> earlier) {
        Map<String, YamlNode> entries = item.entries("a question");
        YamlNode.onlyKeys(entries, QUESTION_KEYS, "a question");
        String id = id(YamlNode.required(entries, "id", item.line(), "a question"), "question id");
        String where = "question '" + id + "'";
        YamlNode typeNode = YamlNode.required(entries, "type", item.line(), where);
        QuestionType type = QuestionType.of(typeNode.text("type")).orElseThrow(() -> new DefinitionException(
                typeNode.line(), "unknown type '" + typeNode.text("type") + "' of " + where + " (allowed: "
                        + String.join(", ", Arrays.stream(QuestionType.values()).map(QuestionType::id).toList())
                        + ")"));
        boolean required = flag(entries, "required");
        boolean dontKnow = flag(entries, "dontKnow");
        if (required && dontKnow) {
            throw new DefinitionException(entries.get("dontKnow").keyLine(),
                    where + " is required and so cannot offer \"don't know\"");
        }
        Integer min = null;
        Integer max = null;
        if (type == QuestionType.INTEGER) {
            min = number(YamlNode.required(entries, "min", item.line(), where), "min");
            max = number(YamlNode.required(entries, "max", item.line(), where), "max");
            if (min > max) {
                throw new DefinitionException(entries.get("min").keyLine(),
                        "min " + min + " of " + where + " is greater than its max " + max);
            }
        } else {
            notFor(entries, "min", type, where);
            notFor(entries, "max", type, where);
        }
        List<String> options = List.of();
        if (type.hasOptions()) {
            options = options(YamlNode.required(entries, "options", item.line(), where), type, where);
        } else {
            notFor(entries, "options", type, where);
        }
        List<QuestionCondition> askedWhen = entries.containsKey("askedWhen")
                ? QuestionConditionParser.conditions(entries.get("askedWhen"), id, earlier)
                : List.of();
        return new Question(id, type, required, dontKnow, min, max, options, askedWhen, flag(entries, "help"));
    }

    static String id(YamlNode node, String what) {
        String id = node.text(what);
        if (!ID.matcher(id).matches()) {
            throw new DefinitionException(node.line(), what + " '" + id + "' is not valid"
                    + " (camelCase: a lowercase letter, then letters and digits)");
        }
        return id;
    }

    private static boolean flag(Map<String, YamlNode> entries, String key) {
        return entries.containsKey(key) && entries.get(key).bool(key);
    }

    static int number(YamlNode node, String what) {
        String text = node.text(what);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new DefinitionException(node.line(), what + " must be a whole number, not '" + text + "'");
        }
    }

    private static void notFor(Map<String, YamlNode> entries, String key, QuestionType type, String where) {
        if (entries.containsKey(key)) {
            throw new DefinitionException(entries.get(key).keyLine(),
                    "'" + key + "' does not apply to " + where + " of type " + type.id());
        }
    }

    private static List<String> options(YamlNode node, QuestionType type, String where) {
        List<String> options = new ArrayList<>();
        for (YamlNode item : node.items("options of " + where)) {
            String option = id(item, "option");
            if (options.contains(option)) {
                throw new DefinitionException(item.line(), "option '" + option + "' of " + where + " is listed twice");
            }
            options.add(option);
        }
        if (options.size() < 2) {
            throw new DefinitionException(node.keyLine(), "options of " + where + " must list at least two options");
        }
        if (type == QuestionType.CHOICE && options.contains(Question.NONE)) {
            // 'none' has a meaning only in a multiple choice; in a single choice it would be an ordinary option
            // that rules could mistake for "nothing chosen"
            throw new DefinitionException(node.keyLine(), "option '" + Question.NONE + "' is only for multiChoice");
        }
        return options;
    }
}
