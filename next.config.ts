import path from "node:path";
import type { NextConfig } from "next";
import { mapTileCspSource } from "./lib/map-tiles";

const isDev = process.env.NODE_ENV !== "production";
// The public map's tiles (NEXT_PUBLIC_MAP_TILE_URL, read at build time like the client bundle).
const tileSource = mapTileCspSource();

// Next's hydration needs inline scripts unless every page is rendered per request with a nonce,
// which would forbid caching the public pages; so scripts are limited to our origin plus inline.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${tileSource ? ` ${tileSource}` : ""}`,
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  ...(isDev ? [] : ["upgrade-insecure-requests"]),
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
  ...(process.env.APP_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pdfkit", "pg", "rate-limiter-flexible", "sharp"],
  // Server actions keep the framework's 1 MB body limit: photos go through the upload route
  // (app/api/signalements/route.ts), which streams them to disk with limits.
  // Next's file-system cache, minus 404 renders and entries from another database; with REDIS_URL
  // set, the same cache shared in Redis by every server process: see the file.
  cacheHandler: path.join(process.cwd(), "lib", "cache", "incremental-cache-handler.cjs"),
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The worker lives in /interventions/ but must also control /interventions itself (the list).
      { source: "/interventions/sw.js", headers: [{ key: "Service-Worker-Allowed", value: "/interventions" }] },
    ];
  },
};

export default nextConfig;
