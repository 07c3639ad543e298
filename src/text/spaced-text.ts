import { walkNodes } from "./walk";

/**
 * An element's text with a space where each element inside it starts and ends, whitespace
 * squashed: a byline's "Lucas Nolan" and "22 Dec 2016", or a button's "Play" and "Duration 2:15",
 * stay apart where the markup has no space between them.
 */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  walkNodes(
    el,
    (n) => {
      if (n.nodeType === 3) parts.push((n as Text).data);
      else if (n.nodeType === 1) parts.push(" ");
      return n.nodeType === 1;
    },
    () => parts.push(" "),
  );
  return parts.join("").replace(/\s+/g, " ").trim();
}
