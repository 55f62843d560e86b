package de.sozialplattform.cms.accounts;

/** The users API on the embedded H2 database. */
class UsersApiH2IT extends UsersApiContract {
}
