package de.sozialplattform.search.benefitfinder.web;

/** An answer carried to the next step as {@code <input type="hidden">}. */
public record HiddenField(String name, String value) {
}
