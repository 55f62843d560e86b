package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.OnPostgres;

/** Password reset on a real PostgreSQL server. */
class PasswordResetPostgresIT extends PasswordResetContract implements OnPostgres {
}
