import { useEffect, useState } from "preact/hooks";
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from "../shared/settings";
import { t } from "../popup/i18n";
import { ColorsFieldset } from "./colors-fieldset";
import { KindsFieldset } from "./kinds-fieldset";
import { SitesFieldset } from "./sites-fieldset";

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState("");

  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);

  // Every change is saved at once; storage.sync then carries it to the reader's other browsers.
  const update = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => setNotice(t("saved")),
      (error: unknown) => setNotice(t("actionFailed", String(error))),
    );
  };

  return (
    <main>
      <h1>{t("optionsTitle")}</h1>
      {settings ? (
        <>
          <KindsFieldset settings={settings} update={update} />
          <ColorsFieldset settings={settings} update={update} />
          <SitesFieldset settings={settings} update={update} announce={setNotice} />
          <button type="button" onClick={() => update(DEFAULT_SETTINGS)}>
            {t("restoreDefaults")}
          </button>
        </>
      ) : (
        <p>{t("loading")}</p>
      )}
      <p class="notice" role="status" data-testid="notice">
        {notice}
      </p>
    </main>
  );
}
