package de.sozialplattform.cms.assets;

import de.sozialplattform.cms.OnPostgres;

/** The asset API on a real PostgreSQL server (bytes as BYTEA). */
class AssetsApiPostgresIT extends AssetsApiContract implements OnPostgres {
}
