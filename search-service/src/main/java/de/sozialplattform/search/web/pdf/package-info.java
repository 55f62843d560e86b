/**
 * HTML to PDF for citizen pages ("Als PDF herunterladen"): {@link de.sozialplattform.search.web.pdf.PdfRenderer}
 * turns an HTML5 page into a tagged PDF (PDF/UA) with the DejaVu Sans font that the build fetches from the npm
 * registry. The renderer never fetches anything over the network: only {@code data:} URIs and class-path resources
 * under {@code static/}, {@code pdf/} and {@code fonts/} are read.
 */
package de.sozialplattform.search.web.pdf;
