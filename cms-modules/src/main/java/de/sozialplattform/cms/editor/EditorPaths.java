package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.signin.SignInPaths;
import java.util.List;

/** The addresses of the editorial web; the access matrix of the forms lists every one of them. */
final class EditorPaths {

    static final String HOME = SignInPaths.EDITORIAL;
    static final String LIST = HOME + "/inhalte/{type}";
    static final String EDIT = HOME + "/bearbeiten/{workspace}/{*path}";
    static final String PUBLISH = HOME + "/veroeffentlichen/{workspace}/{*path}";
    static final String UNPUBLISH = HOME + "/zurueckziehen/{workspace}/{*path}";
    static final String HISTORY = HOME + "/versionen/{workspace}/{*path}";
    static final String RESTORE = HOME + "/wiederherstellen/{workspace}/{*path}";
    static final String PREVIEW = HOME + "/vorschau/{workspace}/{*path}";
    static final String AUDIT = HOME + "/protokoll";

    private EditorPaths() {
    }

    static String list(String type) {
        return HOME + "/inhalte/" + type;
    }

    static String edit(String workspace, String path) {
        return HOME + "/bearbeiten/" + workspace + path;
    }

    static String history(String workspace, String path) {
        return HOME + "/versionen/" + workspace + path;
    }

    /** Node addresses for the links on a page: one per action the page offers. */
    static List<String> nodeActions() {
        return List.of(EDIT, PUBLISH, UNPUBLISH, HISTORY, RESTORE, PREVIEW);
    }
}
