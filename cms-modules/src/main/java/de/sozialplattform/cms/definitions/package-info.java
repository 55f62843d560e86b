/** Operators' view of the light-module definitions in force and of the files that could not be applied. */
package de.sozialplattform.cms.definitions;
