/**
 * Content in Magnolia's YAML bootstrap format ({@code workspace.path.yaml}): reading such files into node trees
 * and importing the seed content of {@code content-export/} on first start.
 */
package de.sozialplattform.cms.bootstrap;
