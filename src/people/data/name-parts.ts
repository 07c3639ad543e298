// Lower-case particles inside surnames, in any language: "Ursula von der Leyen", "Charles de
// Gaulle", "Osama bin Laden", "Giovanni di Lorenzo". A particle joins a name only between name
// words, and only a leading one may stand first: "der" alone is an article, "von der" a particle.
// Irish ones are written capitalised, as they stand: "Aodhán Ó Ríordáin", "Máiría Ní Bhriain".
export const PARTICLES: ReadonlySet<string> = new Set(
  "von van de del della dei di da do du des dos le la ter ten bin ibn ben al el abu Ó Ní".split(" "),
);
// Of them, those that only join names ("son of", "father of"), in no language a preposition: "Tamim bin Hamad".
export const KIN_PARTICLES: ReadonlySet<string> = new Set("bin ibn bint abu".split(" "));
export const SECOND_PARTICLES: ReadonlySet<string> = new Set("der den la le las los".split(" "));

// Arabic article or kinship prefixes written with a hyphen: "al-Bashir", "el-Sisi", "bin-Salman".
export const HYPHEN_PARTICLE = /^(?:al|el|ad|ar|as|at|ash|an|bin|ibn|abu|ben)-/;

/** Regnal numbers after a given name, in capitals: "Leo XIV", "Charles III", "Abdullah II". */
export const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/u;

/** Generation suffixes after a surname, in any case: "Jr", "SR". */
export const GENERATIONS: ReadonlySet<string> = new Set(["jr", "sr"]);

/**
 * Whether a word is a generation suffix or a regnal number, which a later mention drops ("Roberts" of
 * "John G. Roberts Jr.", "Leo" of "Leo XIV"). Numbers only in capitals: "Xi" is a surname.
 */
export const isGeneration = (t: { key: string; text: string }) => GENERATIONS.has(t.key) || REGNAL.test(t.text);

/**
 * Frequent Chinese and Korean family names, which stand first ("Wang Wentao", "Lee Jae-myung") and
 * alone refer to the person ("Wang said"). Many are also listed as given names, as name evidence.
 */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie " +
    "tang han feng deng cao peng zeng xiao tian dong yuan xi kim lee park choi jung kang cho yoon jang lim"
  ).split(" "),
);
