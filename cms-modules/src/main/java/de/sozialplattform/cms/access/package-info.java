/**
 * Who may do what to which content object: {@link de.sozialplattform.cms.access.ContentAccess} is the one place
 * that decides, per role, action, workspace and node (ownership of advice centres by organisation included);
 * {@link de.sozialplattform.cms.access.LocationFields} lists what centre maintainers may change. Every controller
 * that reads working copies or writes content asks it; a controller argument of type
 * {@link de.sozialplattform.cms.access.Caller} is the signed-in user with roles and organisations.
 */
package de.sozialplattform.cms.access;
