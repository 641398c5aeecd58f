-- An administrator can lock a console user out (she left, or her password leaked). Checked on every
-- request, so it also ends sign-ins already open in a browser.
ALTER TABLE console_user ADD COLUMN disabled_at TIMESTAMP(6) NULL;
