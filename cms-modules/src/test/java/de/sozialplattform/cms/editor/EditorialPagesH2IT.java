package de.sozialplattform.cms.editor;

/** The editorial web on the embedded H2 database. */
class EditorialPagesH2IT extends EditorialPagesContract {
}
