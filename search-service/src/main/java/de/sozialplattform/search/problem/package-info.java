/**
 * Errors of the public search API as RFC 9457 problem JSON. Client mistakes name the offending query parameter
 * ({@code errors: [{field, message}]}), so a partner portal can show the message next to its own input. Scoped to
 * the search controllers: the search service also runs without the CMS.
 */
package de.sozialplattform.search.problem;
