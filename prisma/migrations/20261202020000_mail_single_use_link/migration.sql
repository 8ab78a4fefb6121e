-- A mail that carries a single-use link (password reset, address confirmation) has its body erased once sent or given up
ALTER TABLE "OutboundMail" ADD COLUMN "purgeBodyWhenSent" BOOLEAN NOT NULL DEFAULT false;
