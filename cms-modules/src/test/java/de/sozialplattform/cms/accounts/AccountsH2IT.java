package de.sozialplattform.cms.accounts;

/** Accounts on the embedded H2 database. */
class AccountsH2IT extends AccountsContract {
}
