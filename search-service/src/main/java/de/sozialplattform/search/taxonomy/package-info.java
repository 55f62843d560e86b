/**
 * The advice-centre taxonomy: counselling types and their topics, kept as light-module definitions
 * ({@code adviceCentres/counsellingTypes/<type>.yaml}, file name = type id) so a type is added by adding a file
 * and its labels, without code; plus the fixed lists of target groups and online channels, and the labels of all
 * of them from the light-module message bundles ({@code adviceCentres.<kind>.<id>}).
 *
 * <p>The API is {@link de.sozialplattform.search.taxonomy.Taxonomy} and the record
 * {@link de.sozialplattform.search.taxonomy.CounsellingType}; the parser is internal. Ids are the values stored in
 * the {@code location} content type ({@code types}, {@code topics}, {@code targetGroups}, {@code onlineChannels})
 * and used as search filters; see {@code docs/advice-centre-finder.md}.
 */
package de.sozialplattform.search.taxonomy;
