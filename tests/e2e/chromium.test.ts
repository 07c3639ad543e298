import { extensionSuite } from "./extension-suite";

extensionSuite("chromium");
