package de.sozialplattform.cms.accounts;

/** Password reset on the embedded H2 database. */
class PasswordResetH2IT extends PasswordResetContract {
}
