package de.sozialplattform.cms.signin;

import de.sozialplattform.cms.OnPostgres;

/** Login throttling on a real PostgreSQL server. */
class SignInThrottlePostgresIT extends SignInThrottleContract implements OnPostgres {
}
