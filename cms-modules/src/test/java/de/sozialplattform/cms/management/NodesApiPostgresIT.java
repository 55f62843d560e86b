package de.sozialplattform.cms.management;

import de.sozialplattform.cms.OnPostgres;

/** The management API on a real PostgreSQL server. */
class NodesApiPostgresIT extends NodesApiContract implements OnPostgres {
}
