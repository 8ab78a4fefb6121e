import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass, tableClass, tableWrapperClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { listCategoriesForStaff, type StaffCategory } from "@/lib/report-catalog/queries";
import { GestionNav } from "../_components/gestion-nav";
import { RowActionForm } from "../_components/catalog-forms";
import { moveReportCategoryAction, setReportCategoryActiveAction } from "./actions";
import { SuccessNotice } from "@/components/ui/success-notice";

export const metadata: Metadata = { title: "Gestion — catégories de signalement" };

const NOTICES: Record<string, (category: (StaffCategory & { position: number }) | undefined) => string> = {
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

const numberFormat = new Intl.NumberFormat("fr-FR");

/** The categories residents choose from, in their order: staff edit, reorder, deactivate. */
export default async function CategoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:manage-categories", "/gestion/categories");
  if (!actor) return <AccessDenied signedIn />;
  const [rows, query] = await Promise.all([listCategoriesForStaff(), searchParams]);
  const categories = rows.map((c, index) => ({ ...c, position: index + 1 }));
  const noticeOf = typeof query.fait === "string" ? NOTICES[query.fait] : undefined;
  const notice = noticeOf?.(categories.find((c) => c.id === query.id));
  const offered = categories.filter((c) => c.active).length;

  return (
    <>
      <PageHeader
        title="Catégories de signalement"
        intro="Les catégories que les habitants choisissent quand ils signalent un problème, dans l'ordre où ils les voient. Une catégorie « danger » leur montre d'abord les numéros d'urgence."
      />
      <GestionNav current="/gestion/categories" />
      {notice ? (
        <SuccessNotice className="mb-4">
          {notice}
        </SuccessNotice>
      ) : null}
      <p className="mb-4">
        <Link href="/gestion/categories/nouvelle" className={buttonClass("primary")}>
          Nouvelle catégorie
        </Link>
      </p>

      {categories.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          Aucune catégorie pour l&apos;instant : les habitants ne peuvent pas encore signaler de problème. Créez la première avec le bouton
          ci-dessus.
        </p>
      ) : (
        <>
          <p className="mb-3 text-slate-700">
            {categories.length} {categories.length > 1 ? "catégories" : "catégorie"}, dont {offered} {offered > 1 ? "proposées" : "proposée"} aux habitants.
            Une catégorie utilisée par des signalements ne peut pas être supprimée : désactivez-la.
          </p>
          <div className={tableWrapperClass}>
            <table className={tableClass}>
              <caption className="sr-only">Catégories de signalement, dans l&apos;ordre proposé aux habitants</caption>
              <thead>
                <tr>
                  <th scope="col" className="text-right">Ordre</th>
                  <th scope="col">Catégorie</th>
                  <th scope="col">Texte d&apos;aide</th>
                  <th scope="col">Proposée</th>
                  <th scope="col" className="text-right">Signalements</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {categories.map((c, index) => (
                  <tr key={c.id} className={c.active ? undefined : "bg-slate-50"}>
                    <td>
                      <div className="flex flex-col items-end gap-1">
                        <span className="tabular-nums">{c.position}</span>
                        {index > 0 ? (
                          <RowActionForm action={moveReportCategoryAction} fields={{ categoryId: c.id, direction: "up", position: String(index) }}>
                            <span aria-hidden="true">↑</span> Monter<span className="sr-only"> « {c.name} »</span>
                          </RowActionForm>
                        ) : null}
                        {index < categories.length - 1 ? (
                          <RowActionForm action={moveReportCategoryAction} fields={{ categoryId: c.id, direction: "down", position: String(index) }}>
                            <span aria-hidden="true">↓</span> Descendre<span className="sr-only"> « {c.name} »</span>
                          </RowActionForm>
                        ) : null}
                      </div>
                    </td>
                    <th scope="row" className="min-w-36 font-medium">
                      {c.name}
                      {c.isDanger ? (
                        <span className="mt-1 block w-fit rounded bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-900 ring-1 ring-red-700">
                          Danger
                        </span>
                      ) : null}
                    </th>
                    <td className="min-w-48">{c.guidance}</td>
                    <td className="whitespace-nowrap">{c.active ? "Oui" : <span className="font-semibold text-slate-900">Non, désactivée</span>}</td>
                    <td className="text-right tabular-nums">{numberFormat.format(c.reportCount)}</td>
                    <td>
                      <div className="flex flex-col items-start gap-1">
                        <Link
                          href={`/gestion/categories/${c.id}`}
                          className="inline-flex items-center rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-semibold text-brand-800 underline underline-offset-2 hover:bg-slate-50"
                        >
                          Modifier<span className="sr-only"> « {c.name} »</span>
                        </Link>
                        <RowActionForm action={setReportCategoryActiveAction} fields={{ categoryId: c.id, version: String(c.version), active: c.active ? "false" : "true" }}>
                          {c.active ? "Désactiver" : "Réactiver"}
                          <span className="sr-only"> « {c.name} »</span>
                        </RowActionForm>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
