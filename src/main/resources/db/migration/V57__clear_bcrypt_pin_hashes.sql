-- PINs are hashed with a peppered HMAC (PinHasher, "h1$..."). Only databases made by the very first builds
-- can hold the bcrypt hashes used before it; checking one cost ~70 ms of CPU on a menu hop. Clearing them
-- means the member (or staff member) sets a new PIN on her next USSD session.
UPDATE member SET pin_hash = NULL, pin_failed_attempts = 0, pin_locked_until = NULL WHERE pin_hash LIKE '$2%';
UPDATE staff SET pin_hash = NULL, pin_failed_attempts = 0, pin_locked_until = NULL WHERE pin_hash LIKE '$2%';
