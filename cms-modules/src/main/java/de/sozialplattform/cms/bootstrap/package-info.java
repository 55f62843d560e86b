/**
 * Content in Magnolia's YAML bootstrap format ({@code workspace.path.yaml}): reading such files into node trees,
 * writing subtrees as such files, importing them (merge or replace, in one transaction) over HTTP and from the
 * jar's command line, and importing the seed content of {@code content-export/} on first start.
 */
package de.sozialplattform.cms.bootstrap;
