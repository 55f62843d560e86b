package de.sozialplattform.cms.assets;

/** The asset API on the embedded H2 database. */
class AssetsApiH2IT extends AssetsApiContract {
}
