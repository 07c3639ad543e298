// The popup's styles travel inside its script and are adopted before the first render: as
// <link>ed files they were two more requests, and the module would not run before both loaded.
import themeCss from "./theme.css?inline";
import popupCss from "./popup.css?inline";

export function adoptStyles(doc: Document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${themeCss}\n${popupCss}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
