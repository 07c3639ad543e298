// Frequent family names (the commonest per language, written from common usage). They are weak
// evidence: "Fischer" alone may be a fisherman, but in "Genscher, Fischer und Steinmeier" a
// frequent surname marks the whole enumeration as people.

const SURNAMES = `
Müller Schmidt Schneider Fischer Weber Meyer Meier Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz
Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang
Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz
Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger
Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel
Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Kohl Merz Merkel Lindner Habeck Baerbock
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Taylor Moore Jackson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King
Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts
Evans Turner Phillips Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed
Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long
Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Hayes Graham Patel Singh Khan Ali Shah Ahmed Kumar
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent Lefebvre Michel Garcia David
Bertrand Roux Vincent Fournier Morel Girard Andre Mercier Blanc Guerin Boyer Garnier Chevalier Francois
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano
Mancini Rizzo Lombardi Moretti Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Díaz Moreno
Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Ramos Gil Serrano Blanco Suárez Molina Ortega
Nowak Kowalski Wiśniewski Kowalczyk Kamiński Lewandowski Ivanov Petrov Smirnov Popov Kuznetsov Sokolov
Kovalenko Shevchenko Bondarenko Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Özdemir Arslan Doğan
Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sato Suzuki
Takahashi Tanaka Watanabe Ito Yamamoto Nakamura
`;

/** Lower-case family names (pure-annotated, like GIVEN_NAMES, so unused bundles drop them). */
export const SURNAMES_SET: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(
    SURNAMES.split(/\s+/)
      .filter(Boolean)
      .map((n) => n.toLowerCase()),
  ))();
