-- How to reach a user: notices about reviews, reminders and password resets go to this address, in this
-- language (a content language code such as de or en; empty means German).
ALTER TABLE app_user ADD COLUMN email VARCHAR(320);
ALTER TABLE app_user ADD COLUMN language VARCHAR(8);
