package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.OnPostgres;

/** Accounts on a real PostgreSQL server. */
class AccountsPostgresIT extends AccountsContract implements OnPostgres {
}
