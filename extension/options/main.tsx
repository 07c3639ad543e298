import { render } from "preact";
import { t, uiLocale } from "../popup/i18n";
import { App } from "./app";
import "../popup/theme.css";
import "./options.css";

document.documentElement.lang = uiLocale();
document.title = t("optionsTitle");
render(<App />, document.getElementById("app")!);
