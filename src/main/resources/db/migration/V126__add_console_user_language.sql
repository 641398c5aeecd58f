-- The language a console user reads the console in (issue 19): English, Hindi or Urdu (right to left).
ALTER TABLE console_user
    ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en',
    ADD CONSTRAINT ck_console_user_language CHECK (language IN ('en', 'hi', 'ur'));
