-- A rotated refresh token names the one token that replaced it, so a retry inside the grace
-- period replaces that successor instead of forking the sign-in.
ALTER TABLE refresh_tokens ADD COLUMN replaced_by TEXT;
