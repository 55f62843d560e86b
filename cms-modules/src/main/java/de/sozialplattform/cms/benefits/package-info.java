/**
 * The CMS side of the benefit finder: the published {@code benefit} content (titles, descriptions, information
 * pages, application links) offered to the search service's benefit finder as its
 * {@link de.sozialplattform.search.benefitfinder.BenefitCatalogue}, joined by {@code finderId}.
 */
package de.sozialplattform.cms.benefits;
