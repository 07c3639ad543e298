// People a story does not name ("eine Anwohnerin", "die Verkäuferin", "ihr Nachbar", "a spokesperson
// for …") as speakers and as what a later pronoun or generic noun stands for.
import { describe, expect, it } from "vitest";
import { quotesOf } from "./context";

const speakers = (lang: string, ...paras: string[]) => quotesOf(lang, ...paras).map((q) => q.speaker);

describe("unnamed people", () => {
  it("takes a German noun with an agent ending for a person, and no institution for „die Frau“", () => {
    const paras = [
      "Das Innenministerium teilte mit: „Wir trauern um einen Kameraden, der sein Leben für andere gegeben hat.“",
      "Eine Anwohnerin aus Reichertshofen schilderte die dramatische Nacht. „Das Wasser kam innerhalb von Minuten“, sagte die Frau. „Er stand bis zur Hüfte im Wasser“, erzählte sie.",
    ];
    expect(speakers("de", ...paras)).toEqual([
      "das Innenministerium",
      "eine Anwohnerin aus Reichertshofen",
      "eine Anwohnerin aus Reichertshofen",
    ]);
    expect(speakers("de", "„Ich habe kein Verständnis mehr“, sagte eine Pendlerin am Münchner Hauptbahnhof.")).toEqual(["eine Pendlerin"]);
  });

  it("takes a definite noun for a private person as the first mention of someone, with the gender its article shows", () => {
    const paras = [
      "„Der Angeklagte handelte mit großer Brutalität“, sagte Oberstaatsanwältin Nadja Niesen.",
      "Als erste Zeugin sagte die Verkäuferin aus. Die 52-Jährige schilderte, wie der Angeklagte in den Laden kam. „Ich dachte, ich sterbe“, sagte sie.",
    ];
    expect(speakers("de", ...paras)).toEqual(["Nadja Niesen", "die Verkäuferin"]);
  });

  it("takes an owned noun for a private person up by a pronoun", () => {
    const paras = [
      "Dessen Geschäftsführer Volker Rastätter sagte, viele Haushalte seien schon jetzt am Limit.",
      "Ihr Nachbar, ein 80 Jahre alter Mann, nickt. „Uns bleibt ja nichts anderes übrig“, sagt er.",
    ];
    // The first paragraph's reported speech is Rastätter's.
    expect(speakers("de", ...paras)).toEqual(["Volker Rastätter", "ihr Nachbar"]);
  });

  it("steps over a relative clause between the speaker and the verb, not over an apposition", () => {
    const rel =
      "Eine Rentnerin aus Giesing, die ihren Namen nicht in der Zeitung lesen möchte, sagt: „Ich drehe die Heizung nur noch abends auf.“";
    expect(speakers("de", rel)).toEqual(["eine Rentnerin aus Giesing"]);
    const app = quotesOf("de", "Angela Merkel, die frühere Kanzlerin, sagte: „Wir schaffen das, und zwar gemeinsam.“");
    expect(app.map((q) => [q.speaker, q.speakerRole])).toEqual([["Angela Merkel", "frühere Kanzlerin"]]);
  });

  it("heads a phrase with the role noun after a body, and keeps a spokesperson apart from the person named last", () => {
    const paras = [
      "“These measures will deny Russia key technologies,” European Commission President Ursula von der Leyen said.",
      "A German government spokesperson said Berlin had secured changes. “We are satisfied with the outcome,” the spokesperson told Reuters.",
    ];
    expect(speakers("en", ...paras)).toEqual([
      "Ursula von der Leyen",
      "a German government spokesperson",
      "a German government spokesperson",
    ]);
    const bare = [
      "Ursula von der Leyen said the measures would work.",
      "“We are satisfied with the outcome,” the spokesperson told Reuters.",
    ];
    expect(speakers("en", ...bare)).toEqual(["Ursula von der Leyen", "the spokesperson"]);
  });

  it("keeps the body a role speaks for in the phrase", () => {
    const paras = ["The White House declined to comment. A spokeswoman for the Trump campaign said: “President Trump will win Georgia.”"];
    expect(speakers("en", ...paras)).toEqual(["a spokeswoman for the Trump campaign"]);
    expect(speakers("en", "“We will appeal the ruling,” said a spokesman for Thames Water.")).toEqual(["a spokesman for Thames Water"]);
  });

  it("takes an acronym before a verb of saying for a body", () => {
    expect(speakers("en", "BMA says government ‘failed to make credible offer’ as talks collapse")).toEqual(["BMA"]);
  });

  it("keeps the speaker of the quote before over one named since as a preposition's object", () => {
    const paras = [
      "„Das Leid der Zivilbevölkerung ist unerträglich“, sagte Annalena Baerbock nach einem Treffen mit ihrem ägyptischen Amtskollegen Samih Schukri in Kairo. Es brauche „jetzt mehr Hilfe, und zwar sofort“.",
    ];
    expect(speakers("de", ...paras)).toEqual(["Annalena Baerbock", "Annalena Baerbock"]);
  });

  it("takes no role from a relative clause after the name", () => {
    const paras = [
      "“He’s had 18 years,” Mr. Moreno said.",
      "“Everybody here knows somebody who lost a job,” said Linda Price, who owns the diner with her husband. She paused. “You can only hear it so many times.”",
    ];
    const qs = quotesOf("en", ...paras);
    expect(qs.map((q) => [q.speaker, q.speakerRole])).toEqual([
      ["Moreno", "Mr."],
      ["Linda Price", null],
      ["Linda Price", null],
    ]);
  });

  it("steps back over an apposition before a relative clause", () => {
    const en =
      "Jacqueline Starr, the chief executive of the Rail Delivery Group, which represents train operators, said the industry was “working hard to win back passengers”.";
    expect(speakers("en", en)).toEqual(["Jacqueline Starr", "Jacqueline Starr"]);
  });

  it("takes a lower-case noun with an agent ending before a name for its role", () => {
    const qs = quotesOf(
      "en",
      '"People come here for the Wi-Fi, but they stay for the company," says librarian Ruth Ann Hartley, who has run it for 22 years.',
    );
    expect(qs.map((q) => [q.speaker, q.speakerRole])).toEqual([["Ruth Ann Hartley", "librarian"]]);
  });

  it("reads a pronoun in a sentence's opening clause as the name after its comma", () => {
    const paras = [
      "“House Republicans need to stop playing games,” White House press secretary Karine Jean-Pierre said at the daily briefing.",
      "Asked whether he would rely on Democratic votes, Mike Johnson demurred. “I’m not going to get into hypotheticals,” he said.",
    ];
    expect(speakers("en", ...paras)).toEqual(["Karine Jean-Pierre", "Mike Johnson"]);
  });

  it("keeps the speaker of reported speech over the person it is about", () => {
    const paras = [
      "Der energiepolitische Sprecher der Unionsfraktion, Andreas Jung, nannte die Zahlen „ein Armutszeugnis für die Ampel“. Wirtschaftsminister Habeck habe „mit dem Heizungsgesetz das Vertrauen der Menschen verspielt“.",
    ];
    expect(speakers("de", ...paras)).toEqual(["Andreas Jung", "Andreas Jung"]);
  });

  it("takes no noun after a quantifier or in another case for a person introduced", () => {
    const paras = [
      "„Wir sind bereit“, sagte Luca Brunner.",
      "Aus der Bundesliga kennt man viele der deutschen Spieler gut. „Für uns ist das ein Endspiel“, sagte der 31-Jährige.",
    ];
    expect(speakers("de", ...paras)).toEqual(["Luca Brunner", "Luca Brunner"]);
  });

  it("takes no object of a preposition for a pronoun of its sentence or a role noun", () => {
    const pronoun = [
      "„Wir sind bereit“, sagte Luca Brunner.",
      "Angesprochen auf seinen Teamkollegen Florian Wirtz meinte er lachend: „Er soll morgen einen schlechten Tag haben.“",
    ];
    expect(speakers("de", ...pronoun)).toEqual(["Luca Brunner", "Luca Brunner"]);
    const role = [
      "„Wir wissen, was wir können“, sagte Murat Yakin.",
      "Einzig hinter dem Einsatz von Verteidiger Nico Elvedi steht ein Fragezeichen. „Wir entscheiden morgen“, sagte der Trainer.",
    ];
    expect(speakers("de", ...role)).toEqual(["Murat Yakin", "Murat Yakin"]);
  });

  it("keeps an abbreviated rank inside the sentence of the name it stands before", () => {
    const [q] = quotesOf("en", "“This is a very complex operation,” Rear Adm. Shannon Gilreath said at a news conference.");
    expect(q?.speaker).toMatch(/Shannon Gilreath$/);
  });
});
