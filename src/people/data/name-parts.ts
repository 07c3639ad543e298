// Lower-case particles inside surnames, in any language: "Ursula von der Leyen", "Charles de
// Gaulle", "Osama bin Laden", "Giovanni di Lorenzo". A particle joins a name only between name
// words, and only a leading one may stand first: "der" alone is an article, "von der" a particle.
export const PARTICLES: ReadonlySet<string> = new Set(
  "von van de del della dei di da du des dos le la ter ten bin ibn ben al el abu".split(" "),
);
export const SECOND_PARTICLES: ReadonlySet<string> = new Set("der den la le las los".split(" "));

// Arabic article or kinship prefixes written with a hyphen: "al-Bashir", "el-Sisi", "bin-Salman".
export const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|at|ash|an|bin|ibn|abu|ben)-/;

/** Generation suffixes after a surname ("Jr", "Sr"): a later mention drops them ("Roberts" of "John G. Roberts Jr."). */
export const GENERATIONS: ReadonlySet<string> = new Set(["jr", "sr"]);
