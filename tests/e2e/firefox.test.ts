import { extensionSuite } from "./extension-suite";

extensionSuite("firefox");
