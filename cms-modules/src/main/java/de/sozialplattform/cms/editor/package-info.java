/**
 * The editorial and self-service web below {@code /redaktion}: server-rendered pages for editors, reviewers,
 * administrators and the maintainers of advice centres, generated from the content types (docs/editorial-ui.md).
 * Owns the lists, the generated edit form ({@link de.sozialplattform.cms.editor.FormFields} builds the fields,
 * {@link de.sozialplattform.cms.editor.FormBinder} turns them back into property values), translation status,
 * version comparison, the preview button and the audit page. It stores nothing of its own: writes go through
 * {@code content.ContentService}, and what a caller may see and change is decided in {@code access}, as in the API.
 */
package de.sozialplattform.cms.editor;
