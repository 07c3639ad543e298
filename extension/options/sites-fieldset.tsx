import { useState } from "preact/hooks";
import { normalizeOrigin, type Settings } from "../shared/settings";
import { t } from "../popup/i18n";
import { releaseSiteAccess, requestSiteAccess } from "./site-access";

interface Props {
  settings: Settings;
  update: (next: Settings) => void;
  announce: (message: string) => void;
}

/** Sites annotated on load; each needs the reader's permission for its origin. */
export function SitesFieldset({ settings, update, announce }: Props) {
  const [draft, setDraft] = useState("");

  const add = (event: Event) => {
    event.preventDefault();
    const origin = normalizeOrigin(draft);
    if (!origin) return announce(t("siteInvalid", draft));
    requestSiteAccess(origin)
      .then((granted) => {
        if (!granted) return announce(t("permissionDenied", origin));
        update({ ...settings, autoSites: [...new Set([...settings.autoSites, origin])] });
        setDraft("");
      })
      .catch((error: unknown) => announce(t("actionFailed", String(error))));
  };
  const remove = (origin: string) => {
    update({ ...settings, autoSites: settings.autoSites.filter((o) => o !== origin) });
    releaseSiteAccess(origin).catch((error: unknown) => announce(t("actionFailed", String(error))));
  };

  return (
    <fieldset>
      <legend>{t("optionsAutoSites")}</legend>
      <p class="help" id="sites-help">
        {t("optionsAutoSitesHelp")}
      </p>
      <form class="row" onSubmit={add}>
        <label for="site-input">{t("siteInput")}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          placeholder="https://www.example.org"
          aria-describedby="sites-help"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t("addSite")}</button>
      </form>
      {settings.autoSites.length ? (
        <ul class="sites" data-testid="auto-sites">
          {settings.autoSites.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              <button type="button" aria-label={t("removeSite", origin)} onClick={() => remove(origin)}>
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="help">{t("noAutoSites")}</p>
      )}
    </fieldset>
  );
}
