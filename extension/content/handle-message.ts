// Answers the popup and the background. Only our own extension's pages may talk to the content
// script: a message from anywhere else (another content script, a forged sender) is ignored.
import { failedReply, type ContentReplies, type Reply, type ToContent } from "../shared/messages";
import { ext, type MessageSender } from "./ext-api";
import { parseMessage } from "./parse-message";
import type { Session } from "./session";

function fromOurExtension(sender: MessageSender): boolean {
  return sender.id === ext.runtime.id && typeof sender.url === "string" && sender.url.startsWith(ext.runtime.getURL(""));
}

function answer(session: Session, msg: ToContent): ContentReplies[ToContent["type"]] {
  switch (msg.type) {
    case "popup-cs:getAnalysis":
      return session.pageState();
    case "popup-cs:scrollTo":
      return session.scrollTo(msg.start, msg.end);
    case "popup-cs:setHighlights":
      session.setHighlights(msg.on);
      return { on: session.highlights };
    case "bg-cs:toggleHighlights":
      session.setHighlights(!session.highlights);
      return { on: session.highlights };
  }
}

/** Listens until `signal` aborts. */
export function listenForMessages(session: Session, signal: AbortSignal): void {
  const listener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
    if (signal.aborted || !fromOurExtension(sender)) return undefined;
    const msg = parseMessage(message);
    if (!msg) return undefined;
    let reply: Reply<unknown>;
    try {
      reply = { ok: true, value: answer(session, msg) };
    } catch (error) {
      reply = failedReply(error);
    }
    sendResponse(reply);
    return undefined;
  };
  ext.runtime.onMessage.addListener(listener);
  signal.addEventListener("abort", () => ext.runtime.onMessage.removeListener(listener));
}
