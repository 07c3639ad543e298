import { HIGHLIGHT_KINDS, type Settings } from "../shared/settings";
import { t } from "../popup/i18n";
import { KIND_LABEL } from "./kind-label";

export interface FieldsetProps {
  settings: Settings;
  update: (next: Settings) => void;
}

export function KindsFieldset({ settings, update }: FieldsetProps) {
  return (
    <fieldset>
      <legend>{t("optionsKinds")}</legend>
      {HIGHLIGHT_KINDS.map((kind) => (
        <div class="row" key={kind}>
          <input
            id={`kind-${kind}`}
            type="checkbox"
            checked={settings.kinds[kind]}
            onChange={(e) => update({ ...settings, kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })}
          />
          <label for={`kind-${kind}`}>{t(KIND_LABEL[kind])}</label>
        </div>
      ))}
    </fieldset>
  );
}
