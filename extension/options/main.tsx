import { render } from "preact";

// PLACEHOLDER v0.
render(<p>Newsmark options</p>, document.getElementById("app")!);
