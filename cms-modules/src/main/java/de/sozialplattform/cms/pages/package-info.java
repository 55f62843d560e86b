/**
 * Citizen pages of the CMS's content: published information pages rendered in the common web layout (see
 * {@code de.sozialplattform.search.web}) at {@code /seiten/<path>}; the benefit finder links its results here.
 */
package de.sozialplattform.cms.pages;
