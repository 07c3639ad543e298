/**
 * Generic word lists that hint at what a page region is, matched against class and id
 * attributes. Never a site's own class names: words that many sites use for the same thing.
 */

/** Regions that are almost never the article: removed before scoring unless `MAYBE` also matches. */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|kommentar|community|cookie|consent|cover-wrap|dialog|disqus|extra|footer|gdpr|header|legends|login|menu|modal|newsletter|outbrain|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|taboola|tooltip|ad-break|agegate|pagination|pager|popup|yom-remote/i;

/** Overlays and service boxes: never the article, removed in every pass unless they are big (page wrappers). */
export const FURNITURE =
  /cookie|consent|gdpr|dialog|modal|login|newsletter|popup|tooltip|skip-?link|skip-to|breadcrumb|visually-?hidden|sr-only|screen-?reader/i;

/** Words that rescue an `UNLIKELY` region: it may hold the article. */
export const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Class/id words of article containers (+25). */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;

/** Class/id words of boilerplate containers (−25). */
export const NEGATIVE =
  /-ad-|affiliate|disclaimer|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|kommentar|com-|contact|cookie|footer|gdpr|masthead|media|meta|newsletter|outbrain|promo|recommend|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|teaser|widget/i;

/** Share bars and buttons. */
export const SHARE = /(\b|_)(share|sharing|sharedaddy|social|addthis|toolbar)(\b|_)/i;

/** Pull quotes: a line of the text set large beside it ("pullquote", "pull-quote", "wp-block-pullquote"). */
export const PULL_QUOTE = /pull-?_?quote/i;

/** Author lines. */
export const BYLINE = /byline|author|autor|dateline|writtenby|p-author|vcard/i;

/**
 * Boxes at a paywall: a subscription or donation offer, or (on some pages) the paid text itself,
 * so only a small one is an offer, and never a paragraph (some sites name each paid one so).
 */
export const PAYWALL = /pay-?wall/i;

/** Readers' comments and their threads: their author lines are the commenters'. */
export const COMMENTS = /comment|kommentar|disqus|replies/i;

/** Boxes about the author (bio, picture, links), below or beside the article. */
export const AUTHOR_BOX = /author-?(bio|box|info)|author__|about-?the-?author|autoren?-?(box|info)|post-author/i;

/** Notes about the article rather than of it: affiliate and advertising disclosures, disclaimers. */
export const DISCLOSURE = /disclaimer|disclosure|affiliate/i;

/** Posts of social networks embedded in the article ("twitter-tweet", "instagram-media"). */
export const SOCIAL_EMBED = /tweet|instagram|tiktok|facebook|embedded-content|social-embed/i;

/** Captions of the article's own media. */
export const CAPTION = /caption|bildunterschrift|legend/i;

/** Picture credits, sources and date lines: metadata, not article text (when short). */
export const CREDIT_OR_DATE =
  /credit|copyright|urheber|bildnachweis|bildquelle|fotograf|photographer|(^|[\s_-])(date|datum|time|timestamp|published|updated|dateline|meta)([\s_-]|$)/i;

/** A box named for a time alone ("time", "preparation__time", "cook-time"): a timestamp or a duration, as its text tells. */
export const TIME_NAME = /(^|[\s_-])time([\s_-]|$)/i;

/** A reading time ("read-time", "reading_time"): page metadata, whatever its text. */
export const READING_TIME = /read(ing)?[\s_-]?time/i;

/** Lists of references and footnotes (MediaWiki's "reflist", "footnotes" of blog engines). */
export const REFERENCES = /reflist|references|footnotes|endnotes|citations|bibliography|einzelnachweise/i;

/** Video and audio players and their teaser boxes. */
export const MEDIA = /video|audio|player|podcast/i;

/** ARIA roles of page furniture, and of controls: a button's text is its label ("Bild anzeigen", "Play Video", "teilen"). */
export const UNLIKELY_ROLES = new Set(["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "button"]);
