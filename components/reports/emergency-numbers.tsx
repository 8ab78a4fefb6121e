/** Shown first when the chosen category is a danger: the portal is not an emergency service. */
export function EmergencyNumbers() {
  return (
    <section aria-labelledby="titre-urgence" className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <h2 id="titre-urgence" className="text-xl font-bold">
        Danger immédiat ? Appelez d&apos;abord les secours
      </h2>
      <p>Ce portail n&apos;est pas un service d&apos;urgence : votre signalement ne sera lu qu&apos;aux heures d&apos;ouverture de la Régie.</p>
      <ul className="grid gap-2 text-lg font-semibold sm:grid-cols-2">
        <li>
          <a href="tel:112" className="underline">112</a> : numéro d&apos;urgence européen
        </li>
        <li>
          <a href="tel:18" className="underline">18</a> : pompiers (incendie, fuite de gaz)
        </li>
        <li>
          <a href="tel:17" className="underline">17</a> : police secours
        </li>
        <li>
          <a href="tel:15" className="underline">15</a> : SAMU (urgence médicale)
        </li>
      </ul>
    </section>
  );
}
