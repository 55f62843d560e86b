/**
 * The web layer every server-rendered page shares (citizen pages, and later editorial and self-service pages): one
 * layout ({@code templates/layout.html}, {@code static/css/site.css}), texts from the light modules' message
 * bundles in the page's language ({@code lang} parameter, else the browser's preference, else German), the writing
 * direction for right-to-left languages, and the language switch. Controllers opt in with {@link
 * de.sozialplattform.search.web.WebPage}. Pages work without JavaScript; scripts only enhance them.
 */
package de.sozialplattform.search.web;
