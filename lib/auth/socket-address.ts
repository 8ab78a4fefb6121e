import http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "@/lib/auth/forwarded-for";

const globalForSocket = globalThis as unknown as { socketAddressHeader?: boolean };

/**
 * Next 16.4 gives an app no access to the request's socket, and `next start` keeps a client's own
 * X-Forwarded-For. So, once per server process (instrumentation.ts), every HTTP request gets
 * SOCKET_ADDRESS_HEADER set to its socket's address before Next reads it, replacing whatever a
 * client may have sent under that name. Patching the prototype's `emit` reaches the server Next
 * has already created: Node delivers each request through `server.emit("request", req, res)`.
 */
export function installSocketAddressHeader() {
  if (globalForSocket.socketAddressHeader) return;
  globalForSocket.socketAddressHeader = true;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "unknown";
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
