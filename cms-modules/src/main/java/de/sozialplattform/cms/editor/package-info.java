/**
 * The editorial and self-service web below {@code /redaktion}: server-rendered pages for editors, reviewers and the
 * maintainers of advice centres. What a caller may see and change is decided in {@code access}, as in the API.
 */
package de.sozialplattform.cms.editor;
