package io.landline.api.automation;

/**
 * Reads rule files written in another language than YAML, such as the JavaScript rule DSL
 * ({@code when.phrase("good night").then(say("Sleep well"))}). A service; the automation bundle hands it every
 * file in {@code rules/} with one of its extensions and loads what it returns like a YAML rule file.
 *
 * @since 1.1
 */
public interface RuleTranslator {

    /** @return the file extension handled, without the dot, for example {@code js} */
    String extension();

    /**
     * Translates a rule file.
     *
     * @param fileName the file's name, for messages
     * @param source   the file's text
     * @return the rules as a YAML (or JSON) rule document: a map with a {@code rules} list, each rule with
     *         {@code id}, {@code when}, {@code if}, {@code then} as in YAML rule files
     * @throws AutomationException when the file is malformed; the message names the line
     */
    String translate(String fileName, String source) throws AutomationException;
}
