import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a free port: lib/mail/send-mail.ts sends through it (SMTP_URL), and the
 * tests read what arrived. Started for every test file by setup.ts.
 */
export type CapturedMail = { from: string; to: string[]; subject: string; text: string; raw: string };

const inbox: CapturedMail[] = [];
/** Mailboxes the server refuses, with the SMTP code it answers: 550 for good, 451 "try later". */
const refused = new Map<string, number>();
let server: SMTPServer | undefined;

export async function startMailCapture() {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refused.get(address.address.toLowerCase());
      if (code) {
        callback(Object.assign(new Error(code >= 500 ? "Mailbox unavailable (test)" : "Try again later (test)"), { responseCode: code }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const mail = parseMail(raw);
        inbox.push({
          ...mail,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  const smtp = server;
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = smtp.server.address() as AddressInfo;
  // send-mail.ts creates its transport on the first mail, after this is set.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
}

export async function stopMailCapture() {
  const smtp = server;
  server = undefined;
  if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
}

export function clearInbox() {
  inbox.length = 0;
  refused.clear();
}

/** The server refuses mail for these addresses for good (550) until the next test (setup.ts clears the list). */
export function refuseMailTo(...addresses: string[]) {
  for (const address of addresses) refused.set(address.toLowerCase(), 550);
}

/** The server answers "try again later" (451) for these addresses until `acceptMailTo` or the next test. */
export function deferMailTo(...addresses: string[]) {
  for (const address of addresses) refused.set(address.toLowerCase(), 451);
}

export function acceptMailTo(...addresses: string[]) {
  for (const address of addresses) refused.delete(address.toLowerCase());
}

export function allMails(): readonly CapturedMail[] {
  return inbox;
}

export function mailsTo(address: string): CapturedMail[] {
  return inbox.filter((mail) => mail.to.includes(address));
}

export function lastMailTo(address: string): CapturedMail | undefined {
  return mailsTo(address).at(-1);
}

/** The password-reset link of a mail, and its token. */
export function resetLinkIn(mail: CapturedMail): { url: URL; token: string } {
  const match = /https?:\/\/\S+\/mot-de-passe\/nouveau\?token=[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`No reset link in this mail:\n${mail.text}`);
  const url = new URL(match[0]);
  return { url, token: url.searchParams.get("token") ?? "" };
}

/** The address-confirmation link of a mail, and its token. */
export function verificationLinkIn(mail: CapturedMail): { url: URL; token: string } {
  const match = /https?:\/\/\S+\/inscription\/verifier\?token=[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`No verification link in this mail:\n${mail.text}`);
  const url = new URL(match[0]);
  return { url, token: url.searchParams.get("token") ?? "" };
}

// A small parser for the text mails the portal sends (nodemailer): single-part text, or, with a
// calendar, multipart whose text/plain part is the mail's text.

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The decoded text/plain of a part (the first one found inside a multipart), or null. */
function plainText({ headers, body }: { headers: Map<string, string>; body: string }): string | null {
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith("--")) break;
      const text = plainText(splitHead(part.replace(/^\r?\n/, "")));
      if (text !== null) return text;
    }
    return null;
  }
  if (!/^text\/plain/i.test(type)) return null;
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : body;
  return text.replace(/\r\n/g, "\n");
}

function parseMail(raw: string): Pick<CapturedMail, "subject" | "text" | "raw"> {
  const message = splitHead(raw);
  return { subject: decodeEncodedWords(message.headers.get("subject") ?? ""), text: plainText(message) ?? "", raw };
}

function decodeQuotedPrintable(body: string): string {
  const unwrapped = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    const hex = unwrapped.slice(i + 1, i + 3);
    if (unwrapped[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(unwrapped[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 `=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=` words, as nodemailer writes non-ASCII subjects. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}
