import { render } from "preact";

// PLACEHOLDER v0.
render(<p>Newsmark</p>, document.getElementById("app")!);
