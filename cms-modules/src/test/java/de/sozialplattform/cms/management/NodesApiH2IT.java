package de.sozialplattform.cms.management;

/** The management API on the embedded H2 database. */
class NodesApiH2IT extends NodesApiContract {
}
