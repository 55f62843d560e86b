package de.sozialplattform.cms.editor;

import de.sozialplattform.cms.OnPostgres;

/** The editorial web on a real PostgreSQL server. */
class EditorialPagesPostgresIT extends EditorialPagesContract implements OnPostgres {
}
