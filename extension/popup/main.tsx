import { render } from "preact";
import { App } from "./app";
import { t, uiLocale } from "./i18n";
import { adoptStyles } from "./styles";

adoptStyles(document);
document.documentElement.lang = uiLocale();
document.title = t("extName");
render(<App />, document.getElementById("app")!);
// The bench reads this mark: time from navigation start to the first frame's markup.
performance.mark("newsmark:popup-first-render");
