package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.OnPostgres;

/** The users API on a real PostgreSQL server. */
class UsersApiPostgresIT extends UsersApiContract implements OnPostgres {
}
