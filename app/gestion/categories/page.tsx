import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { listCategoriesForStaff, type StaffCategory } from "@/lib/report-catalog/queries";
import { CatalogListPage, CatalogTable, offeredColumn } from "../_components/catalog-pages";
import { moveReportCategoryAction, setReportCategoryActiveAction } from "./actions";
import { formatNumber, plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Gestion — catégories de signalement" };

type Category = StaffCategory & { position: number };

const NOTICES: Record<string, (category: Category | undefined) => string> = {
  creee: (c) =>
    c
      ? `La catégorie « ${c.name} » est créée. ${c.active ? "Elle est proposée aux habitants." : "Elle n'est pas encore proposée aux habitants : cochez « Proposée aux habitants » quand elle sera prête."}`
      : "La catégorie est créée.",
  modifiee: (c) => (c ? `La catégorie « ${c.name} » est enregistrée.` : "La catégorie est enregistrée."),
  inchangee: () => "Aucune modification à enregistrer.",
  activee: (c) => (c ? `La catégorie « ${c.name} » est de nouveau proposée aux habitants.` : "La catégorie est de nouveau proposée aux habitants."),
  desactivee: (c) =>
    `${c ? `La catégorie « ${c.name} »` : "La catégorie"} n'est plus proposée aux habitants. Les signalements déjà faits la gardent.`,
  deplacee: (c) => (c ? `La catégorie « ${c.name} » est maintenant en position ${c.position}.` : "L'ordre est enregistré."),
  supprimee: () => "La catégorie est supprimée.",
};

/** The categories residents choose from, in their order: staff edit, reorder, deactivate. */
export default async function CategoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:manage-categories", routes.staff.categories);
  if (!actor) return <AccessDenied signedIn />;
  const [rows, query] = await Promise.all([listCategoriesForStaff(), searchParams]);
  const categories = rows.map((c, index) => ({ ...c, position: index + 1 }));
  const offered = categories.filter((c) => c.active).length;

  return (
    <CatalogListPage
      title="Catégories de signalement"
      intro="Les catégories que les habitants choisissent quand ils signalent un problème, dans l'ordre où ils les voient. Une catégorie « danger » leur montre d'abord les numéros d'urgence."
      section={routes.staff.categories}
      newItem={{ href: routes.staff.newCategory, label: "Nouvelle catégorie" }}
      empty="Aucune catégorie pour l'instant : les habitants ne peuvent pas encore signaler de problème. Créez la première avec le bouton ci-dessus."
      items={categories}
      notices={NOTICES}
      query={query}
    >
      <p className="mb-3 text-slate-700">
        {plural(categories.length, "catégorie", "catégories")}, dont {plural(offered, "proposée", "proposées")} aux habitants. Une
        catégorie utilisée par des signalements ne peut pas être supprimée : désactivez-la.
      </p>
      <CatalogTable
        caption="Catégories de signalement, dans l'ordre proposé aux habitants"
        items={categories}
        idField="categoryId"
        nameHeader="Catégorie"
        nameOf={(c) => c.name}
        rowHeader={(c) => (
          <>
            {c.name}
            {c.isDanger ? (
              <span className="mt-1 block w-fit rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-900 ring-1 ring-red-700">Danger</span>
            ) : null}
          </>
        )}
        columns={[
          { header: "Texte d'aide", className: "min-w-48", cell: (c) => c.guidance },
          offeredColumn("Proposée", "Non, désactivée"),
          { header: "Signalements", numeric: true, cell: (c) => formatNumber(c.reportCount) },
        ]}
        editHref={(c) => routes.staff.category(c.id)}
        moveAction={moveReportCategoryAction}
        setActiveAction={setReportCategoryActiveAction}
      />
    </CatalogListPage>
  );
}
