import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { clientRoutes } from "@/lib/client-routes";
import { routes } from "@/lib/routes";
import { filteredHref, queueSearchParams } from "@/lib/reports/filter-params";

describe("routes", () => {
  it("gives the static pages' addresses", () => {
    expect(routes.home).toBe("/");
    expect(routes.public.privacy).toBe("/confidentialite");
    expect(routes.public.reportsMap).toBe("/signalements/carte");
    expect(routes.auth.signUp).toBe("/inscription");
    expect(routes.auth.emailConfirmed).toBe("/inscription/verifier?confirmee=1");
    expect(routes.mine.emailConfirmed).toBe("/espace?adresse-confirmee=1");
    expect(routes.mine.notificationSettings).toBe("/espace#notifications");
    expect(routes.mine.deviceEnded).toBe("/espace/appareils?fin=1");
    expect(routes.mine.otherDevicesEnded).toBe("/espace/appareils?fin=autres");
    expect(routes.staff.figures).toBe("/gestion/signalements/chiffres");
    expect(routes.staff.newCategory).toBe("/gestion/categories/nouvelle");
    expect(routes.admin.securityLog).toBe("/admin/securite");
    expect(routes.api.me).toBe("/api/moi");
  });

  it("puts ids and numbers in the path, encoded", () => {
    expect(routes.public.report(1234)).toBe("/signalements/1234");
    expect(routes.staff.report("cm0abc123")).toBe("/gestion/signalements/cm0abc123");
    expect(routes.partner.report("cm0abc123")).toBe("/partenaire/signalements/cm0abc123");
    expect(routes.mine.report("cm0abc123")).toBe("/espace/signalements/cm0abc123");
    expect(routes.admin.person("a b/../c")).toBe("/admin/personnes/a%20b%2F..%2Fc");
    expect(routes.staff.category("x?y")).toBe("/gestion/categories/x%3Fy");
    expect(routes.staff.template("t1")).toBe("/gestion/modeles-de-reponse/t1");
    expect(routes.api.photo("p#1")).toBe("/api/photos/p%231");
    expect(routes.public.filterPage("tous~NEW~tous~1")).toBe("/signalements/filtre/tous~NEW~tous~1");
  });

  it("writes the sign-in address with its return path or notice", () => {
    expect(routes.auth.signIn()).toBe("/connexion");
    expect(routes.auth.signIn({ returnTo: "/espace" })).toBe("/connexion?callbackUrl=%2Fespace");
    expect(routes.auth.signIn({ returnTo: "/gestion/signalements/abc" })).toBe("/connexion?callbackUrl=%2Fgestion%2Fsignalements%2Fabc");
    expect(routes.auth.signIn({ notice: "deconnecte" })).toBe("/connexion?deconnecte=1");
    expect(routes.auth.signIn({ notice: "reinitialise" })).toBe("/connexion?reinitialise=1");
  });

  it("writes the notices shown after a change with the site's French names", () => {
    expect(routes.staff.report("r1", "statut")).toBe("/gestion/signalements/r1?fait=statut");
    expect(routes.staff.categoriesDone("creee", "c1")).toBe("/gestion/categories?fait=creee&id=c1");
    expect(routes.staff.categoriesDone("supprimee")).toBe("/gestion/categories?fait=supprimee");
    expect(routes.staff.templatesDone("inchange", "t1")).toBe("/gestion/modeles-de-reponse?fait=inchange&id=t1");
    expect(routes.staff.newReportSaved(12)).toBe("/gestion/signalements/nouveau?enregistre=12");
    expect(routes.staff.newTemplateFor("RESOLVED")).toBe("/gestion/modeles-de-reponse/nouveau?statut=RESOLVED");
    expect(routes.mine.report("r1", "deja-envoye")).toBe("/espace/signalements/r1?deja-envoye=1");
    expect(routes.mine.report("r1", "clos")).toBe("/espace/signalements/r1?clos=1");
    expect(routes.partner.report("r1", "pris-en-charge")).toBe("/partenaire/signalements/r1?pris-en-charge=1");
    expect(routes.public.newReportSupported(42)).toBe("/signalements/nouveau?soutenu=42");
  });

  it("writes query values encoded: the report form's step 1, the mailed links, the upload route", () => {
    expect(routes.public.newReportChange({ categoryId: "cat1", place: "site:s 1&x" })).toBe("/signalements/nouveau?categorie=cat1&lieu=site%3As+1%26x&modifier=1");
    expect(routes.auth.verifyEmailLink("AbC-_12")).toBe("/inscription/verifier?token=AbC-_12");
    expect(routes.auth.resetPasswordLink("t/k=")).toBe("/mot-de-passe/nouveau?token=t%2Fk%3D");
    expect(routes.api.reportUpload("habitant")).toBe("/api/signalements?formulaire=habitant");
    expect(routes.api.reportUpload("guichet")).toBe("/api/signalements?formulaire=guichet");
  });

  it("leaves the lists' filters to filter-params, on its base paths", () => {
    expect(routes.staff.queueExport({})).toBe("/gestion/signalements/export?");
    expect(routes.staff.queueExport(queueSearchParams({ status: "NEW", olderThanDays: 7 }))).toBe("/gestion/signalements/export?statut=NEW&age=7j");
    expect(filteredHref(routes.public.reportsMap, { status: "NEW" })).toBe("/signalements/carte?statut=NEW");
  });
});

// ——— No literal internal address outside lib/routes.ts ———

const ROOT = path.resolve(__dirname, "../..");

/** The first segments of the portal's addresses, read from app/ (route groups such as "(auth)" opened). */
function firstSegments(dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (!statSync(path.join(dir, name)).isDirectory() || name.startsWith("_")) return [];
    return name.startsWith("(") ? firstSegments(path.join(dir, name)) : [name];
  });
}

const SEGMENTS = firstSegments();
/** An address of ours at the start of a string (or after a space or "("): "/espace", `${appUrl()}/connexion`. */
const INTERNAL_PATH = new RegExp(`(?:^|[\\s(])/(?:${SEGMENTS.join("|")})(?=$|[/?#)\\s.,;:])`);

/** Not an address: a cookie's `path: "/"`, and the prefix test `value.startsWith("/")`. */
function isRootButNotAPage(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name.getText() === "path") return true;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && parent.expression.name.text === "startsWith";
}

/** Next reads proxy.ts's `config.matcher` at build time: it must stay literal. */
function isProxyMatcher(fileName: string, node: ts.Node): boolean {
  if (path.basename(fileName) !== "proxy.ts") return false;
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isVariableDeclaration(n) && n.name.getText() === "config") return true;
  }
  return false;
}

/** The literal internal addresses in one source file, as "line: text". Comments are not looked at. */
function literalPaths(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const text = node.text;
      const home = ts.isStringLiteral(node) && text === "/" && !isRootButNotAPage(node);
      if ((home || INTERNAL_PATH.test(text)) && !isProxyMatcher(fileName, node)) {
        found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return full === path.join(ROOT, "lib", "generated") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("literal addresses", () => {
  it("reads the first segments from app/", () => {
    expect(SEGMENTS).toEqual(expect.arrayContaining(["admin", "api", "espace", "gestion", "partenaire", "signalements", "connexion", "inscription", "mot-de-passe", "contact", "compte-supprime"]));
    expect(SEGMENTS).not.toContain("(public)");
  });

  it("finds a literal address in a string, a template, a JSX attribute and a mailed text, not in a comment", () => {
    const source = [
      'const a = "/espace";',
      "const b = `/gestion/signalements/${id}?fait=statut`;",
      "const c = `Connectez-vous : ${appUrl()}/connexion`;",
      'const d = <Link href="/">Accueil</Link>;',
      'const e = <a href="/api/photos/1">photo</a>;',
      "// see /espace/notifications",
      'const f = { path: "/" }; value.startsWith("/");',
      'const g = "/espaces-verts"; const h = "https://example.org/espace";',
    ].join("\n");
    expect(literalPaths("x.tsx", source)).toEqual(["1: /espace", "2: /gestion/signalements/", "3: /connexion", "4: /", "5: /api/photos/1"]);
    expect(literalPaths("proxy.ts", 'export const config = { matcher: ["/signalements/filtre/:key*"] };')).toEqual([]);
  });

  it("has none in app/, components/, lib/ and proxy.ts outside lib/routes.ts and lib/client-routes.ts", () => {
    const files = [...["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))), path.join(ROOT, "proxy.ts")];
    const homes = [path.join(ROOT, "lib", "routes.ts"), path.join(ROOT, "lib", "client-routes.ts")];
    const found = files
      .filter((file) => !homes.includes(file))
      .flatMap((file) => literalPaths(file, readFileSync(file, "utf8")).map((hit) => `${path.relative(ROOT, file)}:${hit}`));
    expect(found).toEqual([]);
  });
});

// ——— The public pages' browser code without lib/routes.ts ———

describe("client components of the public pages and the report form", () => {
  it("take their addresses from lib/client-routes.ts, which lib/routes.ts repeats", () => {
    expect(routes.home).toBe(clientRoutes.home);
    expect(routes.api.me).toBe(clientRoutes.me);
    expect(routes.employee.signOut).toBe(clientRoutes.signOut);
    expect(routes.api.reportUpload).toBe(clientRoutes.reportUpload);
  });

  it("do not import lib/routes.ts (each chunk importing it carries a copy of every address)", () => {
    // The root error boundary and the root not-found page's header load on every page.
    const files = [
      path.join(ROOT, "app", "error.tsx"),
      ...["app/(public)", "app/signalements", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))),
    ];
    const importers = files
      .filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")))
      .filter((file) => /from\s+["']@\/lib\/routes["']/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(importers).toEqual([]);
  });
});
