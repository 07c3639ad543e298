import type { ViewState } from "../view-state";
import { t } from "../i18n";

function message(view: Exclude<ViewState, { kind: "ready" }>): { text: string; detail: string | null } {
  switch (view.kind) {
    case "analysing":
      return { text: t("stateAnalysing"), detail: null };
    case "noArticle":
      return { text: t("stateNoArticle"), detail: view.reason && t("stateReason", view.reason) };
    case "tooLarge":
      return { text: t("stateTooLarge"), detail: null };
    case "restricted":
      return { text: t("stateRestricted"), detail: null };
    case "error":
      return { text: t("stateError"), detail: view.message };
  }
}

/** The one message shown instead of the report; announced to screen readers as it changes. */
export function StateMessage({ view }: { view: Exclude<ViewState, { kind: "ready" }> }) {
  const { text, detail } = message(view);
  return (
    <div class={`state state-${view.kind}`}>
      <h1 class="brand">
        <img src="icons/32.png" alt="" width={20} height={20} />
        {t("extName")}
      </h1>
      <div role={view.kind === "error" ? "alert" : "status"}>
        <p data-testid="state" data-state={view.kind}>
          {text}
        </p>
        {detail && <p class="detail">{detail}</p>}
      </div>
    </div>
  );
}
