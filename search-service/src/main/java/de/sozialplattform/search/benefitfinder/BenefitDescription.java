package de.sozialplattform.search.benefitfinder;

/**
 * How a benefit is presented to people: what editors wrote about it.
 *
 * @param title its name, e.g. "Bürgergeld"
 * @param description one or two sentences; {@code null} when there is none
 * @param infoPage the citizen page about it (a path of this site or an absolute URL); {@code null} when none
 * @param applyUrl where its online application starts ("Antrag starten"); {@code null} when there is none
 */
public record BenefitDescription(String title, String description, String infoPage, String applyUrl) {
}
