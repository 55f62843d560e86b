package de.sozialplattform.cms.signin;

/** Login throttling on the embedded H2 database. */
class SignInThrottleIT extends SignInThrottleContract {
}
