// A mail sink for the end-to-end tests: an SMTP server that keeps every message in memory, and an
// HTTP server that hands them out as JSON. Started by playwright.config.ts as a webServer entry
// (its own process, because the config file is evaluated again in every worker).
//
//   GET    /health                 → 200 "ok" (what Playwright waits on)
//   GET    /messages?to=<address>  → [{ id, from, to, subject, text, receivedAt }], oldest first
//   DELETE /messages               → forgets everything
//
// Ports: MAIL_SINK_SMTP_PORT (default 3125) and MAIL_SINK_HTTP_PORT (default 3126), on 127.0.0.1.
import http from "node:http";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.MAIL_SINK_SMTP_PORT ?? 3125);
const httpPort = Number(process.env.MAIL_SINK_HTTP_PORT ?? 3126);
const MAX_MESSAGES = 1000;

/** @type {{ id: number, from: string, to: string[], subject: string, text: string, receivedAt: string }[]} */
const messages = [];
let nextId = 1;

/** Splits a raw RFC 5322 message into its (unfolded, lowercase-named) headers and its body. */
function splitMessage(raw) {
  const normalized = raw.replace(/\r\n/g, "\n");
  const end = normalized.indexOf("\n\n");
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? "" : normalized.slice(end + 2);
  const headers = {};
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeQuotedPrintable(text) {
  const bytes = [];
  const source = text.replace(/=\n/g, "");
  for (let i = 0; i < source.length; i++) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(source[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(body, encoding = "") {
  switch (encoding.toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes subjects. */
function decodeHeader(value = "") {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset, kind, data) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function store(raw, envelope) {
  const { headers, body } = splitMessage(raw);
  messages.push({
    id: nextId++,
    from: envelope.mailFrom ? envelope.mailFrom.address : "",
    to: envelope.rcptTo.map((r) => r.address.toLowerCase()),
    subject: decodeHeader(headers.subject),
    text: decodeBody(body, headers["content-transfer-encoding"]),
    receivedAt: new Date().toISOString(),
  });
  if (messages.length > MAX_MESSAGES) messages.splice(0, messages.length - MAX_MESSAGES);
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      try {
        store(Buffer.concat(chunks).toString("utf8"), session.envelope);
        callback();
      } catch (error) {
        callback(error);
      }
    });
  },
});
smtp.on("error", (error) => console.error("[mail-sink] SMTP error:", error.message));

const api = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${httpPort}`);
  const send = (status, body) => {
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === "/health") return send(200, "ok");
  if (url.pathname === "/messages" && req.method === "GET") {
    const to = url.searchParams.get("to")?.toLowerCase();
    return send(200, to ? messages.filter((m) => m.to.includes(to)) : messages);
  }
  if (url.pathname === "/messages" && req.method === "DELETE") {
    messages.length = 0;
    return send(200, { ok: true });
  }
  return send(404, { error: "not found" });
});

smtp.listen(smtpPort, "127.0.0.1", () => {
  api.listen(httpPort, "127.0.0.1", () => {
    console.log(`[mail-sink] SMTP on 127.0.0.1:${smtpPort}, messages on http://127.0.0.1:${httpPort}/messages`);
  });
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    api.close();
    smtp.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
