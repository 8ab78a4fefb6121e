import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

/**
 * `calendar`: an iCalendar message sent with the text: an invitation (METHOD:REQUEST) that mail
 * clients offer to add, or its cancellation (METHOD:CANCEL) that removes the event.
 */
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

/** The calendar part's method is the one its text states: the MIME header must agree with it. */
const calendarMethod = (calendar: string) => /^METHOD:([A-Z-]+)\r?$/m.exec(calendar)?.[1] ?? "REQUEST";

export async function sendMail(mail: Mail) {
  const { calendar, ...message } = mail;
  const method = calendar ? calendarMethod(calendar) : undefined;
  const icalEvent = calendar ? { method, filename: method === "CANCEL" ? "annulation.ics" : "invitation.ics", content: calendar } : undefined;
  const info = await transport().sendMail({ from: FROM, ...message, ...(icalEvent ? { icalEvent } : {}) });
  if (!process.env.SMTP_URL && "message" in info && Buffer.isBuffer(info.message)) {
    await mkdir(MAIL_DIR, { recursive: true });
    const file = path.join(MAIL_DIR, `${new Date().toISOString().replaceAll(":", "-")}-${mail.to}.eml`);
    await writeFile(file, info.message);
    console.info(`[mail] ${mail.subject} → ${mail.to} (written to ${file})`);
  }
}
