import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "public/interventions/sw.js"] },
  {
    // Shared pieces serve every route: what they need from a route (a server action) comes as a prop.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/app|(\\.\\./)+app)(/|$)",
              message: "components/ does not import from app/: take what it needs from app/ as a prop.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
