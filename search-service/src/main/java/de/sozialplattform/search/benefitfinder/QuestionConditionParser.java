package de.sozialplattform.search.benefitfinder;

import de.sozialplattform.lightmodules.DefinitionException;
import de.sozialplattform.lightmodules.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a question's {@code askedWhen}: a list of {@code {question, in: [values]}} or {@code {question, atLeast: n}}.
 * A condition may only name an earlier question, so skip logic can never loop and a one-question-per-step UI
 * always knows the answer it depends on.
 */
final class QuestionConditionParser {

    private QuestionConditionParser() {
    }

    static List<QuestionCondition> conditions(YamlNode node, String id, Map<String, Question> earlier) {
        String where = "askedWhen of question '" + id + "'";
        List<QuestionCondition> conditions = new ArrayList<>();
        for (YamlNode item : node.items(where)) {
            conditions.add(condition(item, id, earlier, where));
        }
        if (conditions.isEmpty()) {
            throw new DefinitionException(node.keyLine(), where + " must list at least one condition"
                    + " (leave it out for a question that is always asked)");
        }
        return conditions;
    }

    private static QuestionCondition condition(YamlNode item, String id, Map<String, Question> earlier,
            String where) {
        Map<String, YamlNode> entries = item.entries("a condition in " + where);
        YamlNode.onlyKeys(entries, List.of("question", "in", "atLeast"), "a condition in " + where);
        YamlNode questionNode = YamlNode.required(entries, "question", item.line(), "a condition in " + where);
        String name = questionNode.text("question");
        Question question = earlier.get(name);
        if (question == null) {
            throw new DefinitionException(questionNode.line(), where + " refers to '" + name
                    + "', which is not a question asked before '" + id + "'");
        }
        if (entries.containsKey("in") == entries.containsKey("atLeast")) {
            throw new DefinitionException(item.line(), "a condition in " + where + " needs exactly one of 'in'"
                    + " and 'atLeast'");
        }
        if (entries.containsKey("atLeast")) {
            if (question.type() != QuestionType.INTEGER) {
                throw new DefinitionException(entries.get("atLeast").keyLine(), "atLeast in " + where
                        + " needs an integer question, but '" + name + "' is " + question.type().id());
            }
            return new QuestionCondition(name, null, QuestionnaireParser.number(entries.get("atLeast"), "atLeast"));
        }
        return new QuestionCondition(name, values(entries.get("in"), question, where), null);
    }

    private static List<Object> values(YamlNode node, Question question, String where) {
        if (question.type() == QuestionType.INTEGER) {
            throw new DefinitionException(node.keyLine(), "'in' in " + where + " does not apply to the integer"
                    + " question '" + question.id() + "'; use atLeast");
        }
        List<Object> values = new ArrayList<>();
        for (YamlNode item : node.items("'in' in " + where)) {
            String value = item.text("a value");
            Object typed = question.type() == QuestionType.YES_NO ? yesNo(item, value, where) : value;
            if (question.type().hasOptions() && !question.options().contains(value)) {
                throw new DefinitionException(item.line(), where + " refers to '" + value + "', which is not an"
                        + " option of '" + question.id() + "' (options: " + String.join(", ", question.options())
                        + ")");
            }
            if (!values.contains(typed)) {
                values.add(typed);
            }
        }
        if (values.isEmpty()) {
            throw new DefinitionException(node.keyLine(), "'in' in " + where + " must list at least one value");
        }
        return values;
    }

    private static Boolean yesNo(YamlNode item, String value, String where) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new DefinitionException(item.line(), where + ": a yes/no question is answered true or"
                    + " false, not '" + value + "'");
        };
    }
}
