import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

/** `calendar`: an iCalendar invitation (METHOD:REQUEST) sent with the text, which mail clients offer to add. */
export type Mail = { to: string; subject: string; text: string; calendar?: string };

const FROM = process.env.MAIL_FROM ?? "Régie de quartier <ne-pas-repondre@regie-quartier.localhost>";
/** Without SMTP_URL (development), mails are written here as .eml files to be read. */
export const MAIL_DIR = path.join(process.cwd(), ".data", "mail");

let transporter: Transporter | undefined;
function transport(): Transporter {
  if (transporter) return transporter;
  const smtpUrl = process.env.SMTP_URL;
  transporter = smtpUrl
    ? nodemailer.createTransport(smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export async function sendMail(mail: Mail) {
  const { calendar, ...message } = mail;
  const info = await transport().sendMail({ from: FROM, ...message, ...(calendar ? { icalEvent: { method: "REQUEST", filename: "invitation.ics", content: calendar } } : {}) });
  if (!process.env.SMTP_URL && "message" in info && Buffer.isBuffer(info.message)) {
    await mkdir(MAIL_DIR, { recursive: true });
    const file = path.join(MAIL_DIR, `${new Date().toISOString().replaceAll(":", "-")}-${mail.to}.eml`);
    await writeFile(file, info.message);
    console.info(`[mail] ${mail.subject} → ${mail.to} (written to ${file})`);
  }
}
