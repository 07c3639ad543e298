import { HIGHLIGHT_KINDS } from "../shared/settings";
import { t } from "../popup/i18n";
import { KIND_LABEL } from "./kind-label";
import type { FieldsetProps } from "./kinds-fieldset";

/** One colour per highlight kind, with a sample of how it marks text. */
export function ColorsFieldset({ settings, update }: FieldsetProps) {
  return (
    <fieldset>
      <legend>{t("optionsColors")}</legend>
      {HIGHLIGHT_KINDS.map((kind) => (
        <div class="row" key={kind}>
          <input
            id={`color-${kind}`}
            type="color"
            value={settings.colors[kind]}
            onChange={(e) => update({ ...settings, colors: { ...settings.colors, [kind]: e.currentTarget.value } })}
          />
          <label for={`color-${kind}`}>{t(KIND_LABEL[kind])}</label>
          <mark class="sample" style={{ backgroundColor: settings.colors[kind] }}>
            {t("colorSample")}
          </mark>
        </div>
      ))}
    </fieldset>
  );
}
