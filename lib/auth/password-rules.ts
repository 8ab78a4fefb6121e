/**
 * How long a password may be: length only, no composition rules (NIST SP 800-63B). Apart from the
 * hashing (lib/auth/passwords.ts, server only) so that the forms can show the same bounds.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
