package de.sozialplattform.cms.accounts;

/**
 * What an invitee sends: the account they want and their confirmation of the agreement version they were shown.
 *
 * @param agreed the checkbox "I confirm the agreement"
 * @param agreementVersion the version shown on the page; a newer one in force meanwhile must be read first
 */
record AcceptForm(String username, String password, String passwordRepeat, boolean agreed, String agreementVersion) {

    AcceptForm {
        username = username == null ? "" : username.strip();
    }
}
